/**
 * The uncertainty band on screen: computed in the worker only when the user
 * asks for it, and only once the scenario has stood still for a moment (the
 * runs cost a multiple of one simulation, too much for every slider step).
 * Latest scenario wins; a stale band never lands, and a change cancels the band in flight
 * (`cancel`). `progress` is the fraction of runs done while it computes.
 */
import type { Scenario, UncertaintyOutcome, UncertaintyResult } from '$lib/model';
import { LatestInputScheduler } from './scheduler';

const SETTLE_MS = 400;

export class UncertaintyBands {
	on = $state(false);
	result: UncertaintyResult | null = $state.raw(null);
	/** the band belongs to an older scenario while a new one is computed */
	busy = $state(false);
	progress = $state(0);
	private timer: ReturnType<typeof setTimeout> | undefined;
	private scheduler: LatestInputScheduler<Scenario, UncertaintyOutcome>;

	constructor(
		run: (scenario: Scenario, progress: (done: number) => void) => Promise<UncertaintyOutcome>,
		private cancel: () => void = () => {}
	) {
		this.scheduler = new LatestInputScheduler((s) => run(s, (done) => (this.progress = done)), {
			result: (o) => {
				this.busy = false;
				this.result = o.ok ? o.uncertainty : null;
			},
			error: (e) => {
				// Cancelled for a newer scenario: that one is coming, keep the band until it lands.
				if (e instanceof Error && e.name === 'BandCancelled') return;
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
		this.cancel();
		if (!this.on) return;
		this.busy = true;
		this.timer = setTimeout(() => this.scheduler.update(scenario), SETTLE_MS);
	}
}
