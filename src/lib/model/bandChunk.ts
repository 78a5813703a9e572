/**
 * The band's Monte Carlo on one worker of a pool: `start` a job for a scenario, count the
 * chunks of runs it is handed (`add`), and give back the fixed-size summary at `finish`.
 * Only that summary crosses back, once per worker and job, whatever the number of runs.
 */
import { DEFAULT_UNCERTAINTY_RUNS } from './api';
import type { McSummary } from './mcSummary';
import { parseScenario } from './scenario';
import type { Scenario } from './types';
import { UncertaintyAccumulator } from './uncertainty';

/** The scenario with the band's number of runs (its own, else the default). */
export function bandScenario(s: Scenario): Scenario {
	const runs = s.uncertainty.runs || DEFAULT_UNCERTAINTY_RUNS;
	return { ...s, uncertainty: { ...s.uncertainty, runs } };
}

/** A worker's side of band jobs: one job at a time, a new `start` drops the previous one. */
export function bandJobs() {
	let job: UncertaintyAccumulator | null = null;
	return {
		/** false when the scenario is not valid */
		start(input: unknown): boolean {
			const parsed = parseScenario(input);
			job = parsed.ok ? new UncertaintyAccumulator(bandScenario(parsed.scenario)) : null;
			return job !== null;
		},
		add(from: number, to: number): void {
			job?.add(from, to);
		},
		/** the job's summary (null without a job); the worker holds nothing after it */
		finish(): McSummary | null {
			const summary = job?.summary ?? null;
			job = null;
			return summary;
		}
	};
}
