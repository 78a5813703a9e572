/**
 * The uncertainty band on screen: computed in the worker only when the user
 * asks for it, and only once the scenario has stood still for a moment (the
 * runs cost a multiple of one simulation, too much for every slider step).
 * Latest scenario wins; a stale band never lands.
 */
import type { Scenario, UncertaintyOutcome, UncertaintyResult } from '$lib/model';
import { LatestInputScheduler } from './scheduler';

const SETTLE_MS = 400;

export class UncertaintyBands {
	on = $state(false);
	result: UncertaintyResult | null = $state.raw(null);
	/** the band belongs to an older scenario while a new one is computed */
	busy = $state(false);
	private timer: ReturnType<typeof setTimeout> | undefined;
	private scheduler: LatestInputScheduler<Scenario, UncertaintyOutcome>;

	constructor(run: (scenario: Scenario) => Promise<UncertaintyOutcome>) {
		this.scheduler = new LatestInputScheduler(run, {
			result: (o) => {
				this.busy = false;
				this.result = o.ok ? o.uncertainty : null;
			},
			error: () => {
				this.busy = false;
				this.result = null;
			}
		});
	}

	/** Show the band or stop showing it (the request follows from `on`). */
	toggle(on: boolean) {
		this.on = on;
		if (!on) {
			clearTimeout(this.timer);
			this.busy = false;
		}
	}

	/** The scenario on screen changed. */
	request(scenario: Scenario) {
		clearTimeout(this.timer);
		if (!this.on) return;
		this.busy = true;
		this.timer = setTimeout(() => this.scheduler.update(scenario), SETTLE_MS);
	}
}
