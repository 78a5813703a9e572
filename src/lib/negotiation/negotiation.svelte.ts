/**
 * The negotiation on screen: the round (every proposal run and scored in a
 * negotiation worker, latest scenario wins) and the compromise search (a
 * pool of its own workers, terminated when it ends or is cancelled). The
 * slider's engine worker is never used for either, so the screen keeps
 * answering while the room waits for a compromise.
 */
import { createContext } from 'svelte';
import { i18n } from '$lib/i18n/i18n.svelte';
import { nt } from '$lib/i18n/negotiation';
import type { Scenario, ValidationIssue } from '$lib/model';
import type { Round, RoundOutcome } from '$lib/model/negotiation';
import { proposalsOf } from '$lib/model/proposals';
import { LatestInputScheduler } from '$lib/sim/scheduler';
import { recordProposal, removeProposal } from '$lib/state/edits';
import type { Workspace } from '$lib/state/workspace.svelte';
import { spawnNegotiationWorker, type NegotiationWorker } from './negotiationWorker';
import { searchCompromise, type SearchOutcome } from './search';

export class Negotiation {
	round: Round | null = $state.raw(null);
	issues: ValidationIssue[] = $state.raw([]);
	error: string | null = $state(null);
	searching = $state(false);
	done = $state(0);
	total = $state(0);
	/** the last search's outcome in words */
	message = $state('');

	private worker: NegotiationWorker | null = null;
	private lastKey = '';
	private abort: AbortController | null = null;
	private scheduler = new LatestInputScheduler<Scenario, RoundOutcome>(
		(s) => this.roundWorker().call('round', s),
		{
			result: (o) => {
				this.error = null;
				if (o.ok) {
					this.round = o.round;
					this.issues = [];
				} else this.issues = o.issues;
			},
			error: (e) => {
				this.error = e instanceof Error ? e.message : String(e);
				this.worker?.terminate();
				this.worker = null;
			}
		}
	);

	/** Compute the round for this scenario (nothing when it is the one computed last). */
	update(scenario: Scenario) {
		const key = JSON.stringify(scenario);
		if (key === this.lastKey) return;
		this.lastKey = key;
		if (!proposalsOf(scenario).length) {
			this.round = null;
			return;
		}
		this.scheduler.update(scenario);
	}

	/** Resolves when the round for the latest scenario is on screen. */
	idle() {
		return this.scheduler.idle();
	}

	/**
	 * Search the compromises for the scenario on screen and record each as a
	 * proposal named after its rule (replacing an earlier search's, unless agreed).
	 */
	async search(ws: Workspace) {
		if (this.searching) return;
		this.searching = true;
		this.message = '';
		this.error = null;
		const abort = (this.abort = new AbortController());
		const count = Math.max(1, Math.min(4, navigator.hardwareConcurrency || 2));
		const workers = Array.from({ length: count }, spawnNegotiationWorker);
		let outcome: SearchOutcome;
		try {
			outcome = await searchCompromise(
				ws.scenario,
				workers.map((w) => (s, chunk) => w.call('score', s, chunk)),
				{
					signal: abort.signal,
					onprogress: (done, total) => {
						this.done = done;
						this.total = total;
					}
				}
			);
		} catch (e) {
			this.error = e instanceof Error ? e.message : String(e);
			return;
		} finally {
			for (const w of workers) w.terminate();
			this.searching = false;
			this.abort = null;
		}
		if (!outcome.ok) {
			if ('cancelled' in outcome) this.message = nt('searchCancelled');
			else this.issues = outcome.issues;
			return;
		}
		const { candidates, picks, milliseconds } = outcome;
		ws.apply((s) => {
			let next = s;
			for (const p of proposalsOf(s)) if (p.rule && !p.agreed) next = removeProposal(next, p.id);
			const nameOf = (id: string) => proposalsOf(s).find((p) => p.id === id)?.name;
			for (const pick of picks) {
				const c = candidates[pick.index]!;
				// A recorded proposal can be the compromise itself: the name says which.
				const same = c.source.kind === 'proposal' ? nameOf(c.source.id) : undefined;
				const name = nt(`rule_${pick.rule}`) + (same ? ` (= ${same})` : '');
				next = recordProposal(next, name, nt('searchBy'), c.settings, pick.rule);
			}
			return next;
		}, nt('search'));
		this.message = nt('searchDone', {
			count: candidates.length,
			seconds: i18n.decimal(milliseconds / 1000)
		});
	}

	cancel() {
		this.abort?.abort();
	}

	dispose() {
		this.cancel();
		this.worker?.terminate();
		this.worker = null;
	}

	private roundWorker(): NegotiationWorker {
		return (this.worker ??= spawnNegotiationWorker());
	}
}

export const [getNegotiation, setNegotiation] = createContext<Negotiation>();
