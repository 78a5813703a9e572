/**
 * The three keys side by side: the same scenario run once per basic key, so
 * a workshop can compare inhabitants, social stock and available dwellings
 * at a glance. Only the figures the comparison shows are kept (they cross
 * the worker boundary on every change).
 */
import { simulate } from './engine';
import { BASIC_KEYS, type BasicKeyType, type Scenario, type SimulationResult } from './types';

export interface KeyOutcome {
	/** per year, per municipality */
	households: number[][];
	/** per year */
	spreadingIndex: number[];
	unplaced: number[];
	/** per year: municipalities whose priority share is above the cap */
	overCapCount: number[];
}

export type KeyComparison = Record<BasicKeyType, KeyOutcome>;

/** `known`: the scenario's own result, reused when its key is one of the three. */
export function compareKeys(scenario: Scenario, known?: SimulationResult): KeyComparison {
	const out = {} as KeyComparison;
	for (const type of BASIC_KEYS) {
		const result =
			known && scenario.key.type === type ? known : simulate({ ...scenario, key: { type } });
		out[type] = {
			households: result.byYear.map((y) => y.households),
			spreadingIndex: result.byYear.map((y) => y.spreadingIndex),
			unplaced: result.byYear.map((y) => y.unplaced),
			overCapCount: result.byYear.map((y) => y.overCapCount)
		};
	}
	return out;
}
