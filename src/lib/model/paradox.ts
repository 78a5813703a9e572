/**
 * Paradox alerts: effects of a change that the user did not ask for, found
 * by comparing the result before a change with the result after it. Pure:
 * the caller keeps the previous run (the screen keeps its last outcome).
 *
 *  - `alabama`: the region's demand went up in year t, yet municipality i
 *    gets fewer whole households in t (the Alabama paradox of
 *    largest-remainder rounding, or room under a cap taken by another group).
 *  - `fairShareFlip`: the key changed and municipality i went from above its
 *    fair share to below it, over the horizon (ledger L_i(T), model.md §6).
 *
 * Only runs over the same municipalities (same codes, same order) and the
 * same years are compared; a new region or horizon is a new picture, not a
 * paradox. Facts only: the UI words them (i18n).
 */
import type { KeySpec, Scenario, SimulationResult } from './types';

/** One run: the scenario and its result. */
export interface ParadoxRun {
	scenario: Pick<Scenario, 'key'>;
	result: Pick<SimulationResult, 'codes' | 'names' | 'years' | 'byYear' | 'ledger'>;
}

export type ParadoxAlert =
	| {
			kind: 'alabama';
			code: string;
			name: string;
			/** the first year it happens */
			year: number;
			/** households in that year before and after the change */
			before: number;
			after: number;
	  }
	| {
			kind: 'fairShareFlip';
			code: string;
			name: string;
			/** ledger after the horizon before (positive) and after (negative) the change */
			before: number;
			after: number;
	  };

// Demand is real-valued: a rise below this is the same demand.
const DEMAND_TOLERANCE = 1e-9;
// Above or below fair share by less than half a household is "at" fair share.
const LEDGER_TOLERANCE = 0.5;

const sameKey = (a: KeySpec, b: KeySpec) => JSON.stringify(a) === JSON.stringify(b);

function comparable(a: ParadoxRun['result'], b: ParadoxRun['result']): boolean {
	return (
		a.codes.length === b.codes.length &&
		a.codes.every((c, i) => c === b.codes[i]) &&
		a.years.length === b.years.length &&
		a.years.every((y, i) => y === b.years[i])
	);
}

export function detectParadoxes(before: ParadoxRun, after: ParadoxRun): ParadoxAlert[] {
	const a = before.result;
	const b = after.result;
	if (!comparable(a, b)) return [];
	const alerts: ParadoxAlert[] = [];

	const reported = new Set<number>();
	a.byYear.forEach((ya, t) => {
		const yb = b.byYear[t]!;
		if (!(yb.demand > ya.demand + DEMAND_TOLERANCE)) return;
		for (let i = 0; i < b.codes.length; i++) {
			if (reported.has(i) || !(yb.households[i]! < ya.households[i]!)) continue;
			reported.add(i);
			alerts.push({
				kind: 'alabama',
				code: b.codes[i]!,
				name: b.names[i]!,
				year: yb.year,
				before: ya.households[i]!,
				after: yb.households[i]!
			});
		}
	});

	if (!sameKey(before.scenario.key, after.scenario.key)) {
		for (let i = 0; i < b.codes.length; i++) {
			if (a.ledger[i]! > LEDGER_TOLERANCE && b.ledger[i]! < -LEDGER_TOLERANCE) {
				alerts.push({
					kind: 'fairShareFlip',
					code: b.codes[i]!,
					name: b.names[i]!,
					before: a.ledger[i]!,
					after: b.ledger[i]!
				});
			}
		}
	}
	return alerts;
}
