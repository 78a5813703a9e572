/**
 * What the screen shows of the engine: the latest outcome for the latest
 * scenario, replaced (never mutated) when a new one arrives. Runs go through
 * the latest-input scheduler; `run` is the worker in the app and the pure
 * engine in component tests.
 *
 * Speed: a worker round trip costs about a frame, so while a slider has
 * focus or hover both neighbouring values are computed ahead (`prefetch`) and kept in
 * a small cache; a key press that lands on a cached scenario is shown in the
 * same frame, without asking the worker.
 *
 * Paradox alerts compare each delivered outcome with the one shown before
 * it (the model's `detectParadoxes`), so the screen can say what a change
 * did that the user did not ask for.
 */
import {
	detectParadoxes,
	type ExploreOutcome,
	type KeyComparison,
	type ParadoxAlert,
	type Scenario,
	type SimulationResult,
	type ValidationIssue
} from '$lib/model';
import { LatestInputScheduler } from './scheduler';

export interface Outcome {
	/** the scenario this outcome was computed for (identity: compare with the one on screen) */
	scenario: Scenario;
	result: SimulationResult;
	comparison: KeyComparison;
	/** what the last change did that nobody asked for (against the outcome shown before) */
	paradoxes: ParadoxAlert[];
	/** increases with every delivered outcome (benchmarks wait for it) */
	serial: number;
}

type Computed = Extract<ExploreOutcome, { ok: true }>;
const CACHE_SIZE = 24;
/** the user-timing mark set when an outcome is handed to the screen */
export const OUTCOME_MARK = 'verdeelwijzer:outcome';

export class Simulation {
	outcome: Outcome | null = $state.raw(null);
	issues: ValidationIssue[] = $state.raw([]);
	error: string | null = $state(null);
	/** deliveries served from the cache (for the benchmark) */
	cacheHits = 0;
	private serial = 0;
	/** the run on screen, for the paradox check of the next one */
	private shown: { scenario: Scenario; result: SimulationResult } | null = null;
	// Not reactive on purpose: the screen reads `outcome`, never the cache.
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	private cache = new Map<string, Computed>();
	private ahead: Scenario[] = [];
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	private wanted = new Map<string, Scenario[]>();
	private prefetching = false;
	/** the look-ahead run in the worker now, which an update may simply wait for */
	private aheadRun: { key: string; done: Promise<ExploreOutcome> } | null = null;
	private updates = 0;
	private scheduler: LatestInputScheduler<{ scenario: Scenario; key: string }, ExploreOutcome>;

	constructor(private readonly run: (scenario: Scenario) => Promise<ExploreOutcome>) {
		this.scheduler = new LatestInputScheduler((job) => run(job.scenario), {
			result: (o, job) => {
				this.error = null;
				if (o.ok) {
					this.remember(job.key, o);
					this.deliver(o, job.scenario);
				} else this.issues = o.issues;
			},
			error: (e) => {
				this.error = e instanceof Error ? e.message : String(e);
			}
		});
	}

	/** the scenario of the last update: what "Opnieuw proberen" sends again */
	private latest: Scenario | null = null;

	update(scenario: Scenario) {
		this.latest = scenario;
		const key = JSON.stringify(scenario);
		const serial = ++this.updates;
		const hit = this.cache.get(key);
		if (hit) {
			this.cacheHits++;
			this.scheduler.supersede();
			this.error = null;
			this.deliver(hit, scenario);
			return;
		}
		if (this.aheadRun?.key === key) {
			// Being computed ahead right now: wait for it rather than computing it twice.
			this.scheduler.supersede();
			const pending = this.aheadRun.done;
			void pending.then(
				(o) => {
					if (serial !== this.updates) return;
					if (o.ok) this.deliver(o, scenario);
					else this.issues = o.issues;
				},
				() => serial === this.updates && this.scheduler.update({ scenario, key })
			);
			return;
		}
		this.scheduler.update({ scenario, key });
	}

	/** Send the latest scenario again (after the engine gave up). */
	retry() {
		this.error = null;
		if (this.latest) this.update(this.latest);
	}

	/**
	 * Compute these scenarios when the worker is free. Each `source` (a slider with focus or
	 * hover) has its own list, which replaces its previous one; an empty list withdraws it.
	 * The source that asked last goes first.
	 */
	prefetch(scenarios: Scenario[], source = '') {
		this.wanted.delete(source);
		if (scenarios.length) this.wanted.set(source, scenarios);
		this.ahead = [...this.wanted.values()].reverse().flat();
		if (!this.prefetching && this.ahead.length) void this.drainAhead();
	}

	idle() {
		return this.scheduler.idle();
	}

	private async drainAhead() {
		this.prefetching = true;
		try {
			while (this.ahead.length) {
				await this.scheduler.idle();
				// The list may have been replaced or withdrawn while waiting.
				const scenario = this.ahead.shift();
				if (!scenario) break;
				const key = JSON.stringify(scenario);
				if (this.cache.has(key)) continue;
				const done = this.run(scenario);
				this.aheadRun = { key, done };
				const o = await done.finally(() => (this.aheadRun = null));
				if (o.ok) this.remember(key, o);
			}
		} catch {
			// A failed look-ahead is harmless: the real run reports its own error.
		} finally {
			this.prefetching = false;
		}
	}

	private remember(key: string, o: Computed) {
		this.cache.delete(key);
		this.cache.set(key, o);
		if (this.cache.size > CACHE_SIZE) this.cache.delete(this.cache.keys().next().value!);
	}

	private deliver(o: Computed, scenario: Scenario) {
		this.issues = [];
		const next = { scenario, result: o.result };
		const paradoxes = this.shown ? detectParadoxes(this.shown, next) : [];
		this.shown = next;
		// For `npm run bench:ui`: the DOM update of a step is measured from here (one mark kept).
		globalThis.performance?.clearMarks?.(OUTCOME_MARK);
		globalThis.performance?.mark?.(OUTCOME_MARK);
		this.outcome = {
			scenario,
			result: o.result,
			comparison: o.comparison,
			paradoxes,
			serial: ++this.serial
		};
	}
}
