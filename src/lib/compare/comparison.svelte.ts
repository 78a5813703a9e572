/**
 * The runs behind the comparison view: the chosen scenarios go through the
 * latest-input scheduler like every other run, so picking scenarios quickly
 * costs at most two rounds and an older answer never replaces a newer one.
 * They run on the slider's engine worker, so they never include a scenario's Monte Carlo
 * runs (the view shows none): those belong on the band's pool, never in a slider's way.
 */
import { i18n } from '$lib/i18n/i18n.svelte';
import type { RunOutcome, Scenario, SimulationResult } from '$lib/model';
import { LatestInputScheduler } from '$lib/sim/scheduler';

export interface Compared {
	name: string;
	scenario: Scenario;
}

export class Comparison {
	/** one result per scenario asked for, null where it was refused */
	results: (SimulationResult | null)[] = $state.raw([]);
	/** "name: reason" for every refused scenario (and a failed run) */
	problems: string[] = $state.raw([]);
	private scheduler: LatestInputScheduler<Compared[], RunOutcome[]>;

	constructor(run: (scenario: Scenario) => Promise<RunOutcome>) {
		this.scheduler = new LatestInputScheduler(
			(list) => Promise.all(list.map((c) => run(withoutRuns(c.scenario)))),
			{
				result: (outcomes, list) => {
					this.results = outcomes.map((o) => (o.ok ? o.result : null));
					this.problems = outcomes.flatMap((o, i) =>
						o.ok ? [] : [`${list[i]!.name}: ${o.issues[0] ? i18n.issue(o.issues[0]) : ''}`]
					);
				},
				error: (e) => {
					this.results = [];
					this.problems = [e instanceof Error ? e.message : String(e)];
				}
			}
		);
	}

	/** Run these scenarios (the latest list wins). */
	request(list: Compared[]) {
		this.scheduler.update(list);
	}

	idle() {
		return this.scheduler.idle();
	}
}

function withoutRuns(s: Scenario): Scenario {
	return { ...s, uncertainty: { ...s.uncertainty, runs: 0 } };
}
