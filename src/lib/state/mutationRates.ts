/**
 * The region-wide mutation rate as a shift, not a flattening: the figures
 * each municipality got from its corporations keep their differences (which
 * is what makes the available-dwellings key differ from the social-stock
 * key). Pure functions of a scenario; edits go through the workspace.
 */
import type { Municipality, Scenario } from '$lib/model';

export interface MutationRateSummary {
	/** the regional average, weighted by social stock (plain mean when there is none) */
	average: number;
	min: number;
	max: number;
}

/** Rates are kept to this precision: a shift of 0,1 point stays 0,1 point, without binary noise. */
const PRECISION = 1e10;
const tidy = (x: number) => Math.round(x * PRECISION) / PRECISION;
const clamp01 = (x: number) => (x < 0 ? 0 : x > 1 ? 1 : x);

export function mutationRateSummary(municipalities: readonly Municipality[]): MutationRateSummary {
	let weighted = 0;
	let stock = 0;
	let plain = 0;
	let min = Infinity;
	let max = -Infinity;
	for (const m of municipalities) {
		const s = m.dwellings * m.socialShare;
		weighted += s * m.mutationRate;
		stock += s;
		plain += m.mutationRate;
		min = Math.min(min, m.mutationRate);
		max = Math.max(max, m.mutationRate);
	}
	const n = municipalities.length;
	if (!n) return { average: 0, min: 0, max: 0 };
	return { average: stock > 0 ? weighted / stock : plain / n, min, max };
}

/** Every municipality's rate moved by `delta` (a fraction: 0.001 is 0,1 point), within 0–100 %. */
export function shiftMutationRates(s: Scenario, delta: number): Scenario {
	return {
		...s,
		municipalities: s.municipalities.map((m) => ({
			...m,
			mutationRate: tidy(clamp01(m.mutationRate + delta))
		}))
	};
}

/** The average as the slider shows it: one decimal of a percentage. */
export function shownAverage(municipalities: readonly Municipality[]): number {
	return Math.round(mutationRateSummary(municipalities).average * 1000) / 1000;
}

/**
 * The slider's edit: the shown average becomes `target`; every municipality
 * moves by the same number of points (one arrow key = exactly one step).
 */
export function shiftAverageTo(s: Scenario, target: number): Scenario {
	return shiftMutationRates(s, target - shownAverage(s.municipalities));
}

/** One rate for every municipality (the explicit "Zelfde voor alle gemeenten"). */
export function sameMutationRate(s: Scenario, rate: number): Scenario {
	const r = tidy(clamp01(rate));
	return { ...s, municipalities: s.municipalities.map((m) => ({ ...m, mutationRate: r })) };
}

/**
 * The available-dwellings key equals the social-stock key in every year:
 * two or more municipalities, one mutation rate and one change of it per year
 * (A = S · m then differs from S by a common factor).
 */
export function mutationRatesEqual(municipalities: readonly Municipality[]): boolean {
	if (municipalities.length < 2) return false;
	const [first] = municipalities;
	const trend = (m: Municipality) => m.mutationRateChangePerYear ?? 0;
	return municipalities.every(
		(m) => m.mutationRate === first!.mutationRate && trend(m) === trend(first!)
	);
}
