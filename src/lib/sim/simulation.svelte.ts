/**
 * What the screen shows of the engine: the latest outcome for the latest
 * scenario, replaced (never mutated) when a new one arrives. Runs go through
 * the latest-input scheduler; `run` is the worker in the app and the pure
 * engine in component tests.
 */
import { createContext } from 'svelte';
import type {
	ExploreOutcome,
	KeyComparison,
	Scenario,
	SimulationResult,
	ValidationIssue
} from '$lib/model';
import { LatestInputScheduler } from './scheduler';

export interface Outcome {
	result: SimulationResult;
	comparison: KeyComparison;
	/** increases with every delivered outcome (benchmarks wait for it) */
	serial: number;
}

export class Simulation {
	outcome: Outcome | null = $state.raw(null);
	issues: ValidationIssue[] = $state.raw([]);
	error: string | null = $state(null);
	private serial = 0;
	private scheduler: LatestInputScheduler<Scenario, ExploreOutcome>;

	constructor(run: (scenario: Scenario) => Promise<ExploreOutcome>) {
		this.scheduler = new LatestInputScheduler(run, {
			result: (o) => {
				this.error = null;
				if (o.ok) {
					this.issues = [];
					this.outcome = { result: o.result, comparison: o.comparison, serial: ++this.serial };
				} else this.issues = o.issues;
			},
			error: (e) => {
				this.error = e instanceof Error ? e.message : String(e);
			}
		});
	}

	update(scenario: Scenario) {
		this.scheduler.update(scenario);
	}

	idle() {
		return this.scheduler.idle();
	}
}

export const [getSimulation, setSimulation] = createContext<Simulation>();
