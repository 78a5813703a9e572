/**
 * Yearly projection of a region (model.md §4).
 *
 * Year t = 0 is the base year. Per municipality:
 *   I(t) = I(0)·(1+g)^t                       inhabitants, g = populationGrowth
 *   D(t) = D(t-1) + B                          dwellings, B = newDwellingsPerYear
 *   S(t) = S(t-1)·(1-x) + B·σ                  social stock, σ = socialShareOfNewBuild,
 *                                              x = socialStockLossPerYear, S(0) = D(0)·s(0)
 *   m(t) = clamp(m(0) + t·Δm, 0, 1)            mutation rate
 *   A(t) = S(t)·m(t)                           available social dwellings (relettings)
 * With every change at 0 the region is static and every year equals year 0.
 */
import type { Municipality } from './types';

export interface YearValues {
	inhabitants: Float64Array;
	dwellings: Float64Array;
	socialStock: Float64Array;
	mutationRate: Float64Array;
	available: Float64Array;
}

/** The projection of every year in flat buffers, year-major: year t, municipality i at t·n + i. */
export interface FlatProjection {
	inhabitants: Float64Array;
	dwellings: Float64Array;
	socialStock: Float64Array;
	mutationRate: Float64Array;
	available: Float64Array;
	/**
	 * Per municipality, the I(0) and g its inhabitants rows were last computed from: a buffer
	 * reused for the same region recomputes only the rows whose inputs changed (Math.pow is the
	 * projection's one costly operation, and a slider move changes neither).
	 */
	inhabitantsFrom: Float64Array;
	growthFrom: Float64Array;
}

const clamp01 = (x: number) => (x < 0 ? 0 : x > 1 ? 1 : x);

/** Flat buffers for t = 0..horizon of n municipalities. */
export function flatProjection(n: number, horizon: number): FlatProjection {
	const size = (horizon + 1) * n;
	return {
		inhabitants: new Float64Array(size),
		dwellings: new Float64Array(size),
		socialStock: new Float64Array(size),
		mutationRate: new Float64Array(size),
		available: new Float64Array(size),
		inhabitantsFrom: new Float64Array(n).fill(NaN),
		growthFrom: new Float64Array(n).fill(NaN)
	};
}

/** Year t of a flat projection as views (no copy). */
export function yearViews(p: FlatProjection, n: number, t: number): YearValues {
	const at = t * n;
	return {
		inhabitants: p.inhabitants.subarray(at, at + n),
		dwellings: p.dwellings.subarray(at, at + n),
		socialStock: p.socialStock.subarray(at, at + n),
		mutationRate: p.mutationRate.subarray(at, at + n),
		available: p.available.subarray(at, at + n)
	};
}

/**
 * Fills `into` (from flatProjection(n, horizon)) for t = 0..horizon. `mutationNoise(i, t)` is added
 * to the mutation rate of municipality i in year t >= 1 (uncertainty runs) before clamping; it is
 * called year by year, municipality by municipality.
 */
export function projectInto(
	municipalities: readonly Municipality[],
	horizon: number,
	into: FlatProjection,
	mutationNoise?: (i: number, t: number) => number
): void {
	const n = municipalities.length;
	const { inhabitants, dwellings, socialStock, mutationRate, available } = into;
	for (let i = 0; i < n; i++) {
		const m = municipalities[i]!;
		const people = m.inhabitants;
		const growth = m.populationGrowth ?? 0;
		if (Object.is(into.inhabitantsFrom[i], people) && Object.is(into.growthFrom[i], growth))
			continue;
		// (1 + 0)^t is 1 for every t: no need to ask Math.pow.
		for (let t = 0, k = i; t <= horizon; t++, k += n) {
			inhabitants[k] = growth === 0 ? people * 1 : people * Math.pow(1 + growth, t);
		}
		into.inhabitantsFrom[i] = people;
		into.growthFrom[i] = growth;
	}
	for (let t = 0; t <= horizon; t++) {
		const at = t * n;
		for (let i = 0; i < n; i++) {
			const m = municipalities[i]!;
			const build = m.newDwellingsPerYear ?? 0;
			const k = at + i;
			if (t > 0) {
				dwellings[k] = dwellings[k - n]! + build;
				socialStock[k] =
					socialStock[k - n]! * (1 - (m.socialStockLossPerYear ?? 0)) +
					build * (m.socialShareOfNewBuild ?? 0);
			} else {
				dwellings[k] = m.dwellings;
				socialStock[k] = m.dwellings * m.socialShare;
			}
			const noise = mutationNoise && t > 0 ? mutationNoise(i, t) : 0;
			mutationRate[k] = clamp01(m.mutationRate + t * (m.mutationRateChangePerYear ?? 0) + noise);
			available[k] = socialStock[k]! * mutationRate[k]!;
		}
	}
}

/** Values for t = 0..horizon (index t), each year in arrays of its own. */
export function projectRegion(
	municipalities: readonly Municipality[],
	horizon: number,
	mutationNoise?: (i: number, t: number) => number
): YearValues[] {
	const n = municipalities.length;
	const flat = flatProjection(n, horizon);
	projectInto(municipalities, horizon, flat, mutationNoise);
	// Copies, not views: each year stands alone (and clones without the other years).
	return Array.from({ length: horizon + 1 }, (_, t) => {
		const v = yearViews(flat, n, t);
		return {
			inhabitants: v.inhabitants.slice(),
			dwellings: v.dwellings.slice(),
			socialStock: v.socialStock.slice(),
			mutationRate: v.mutationRate.slice(),
			available: v.available.slice()
		};
	});
}
