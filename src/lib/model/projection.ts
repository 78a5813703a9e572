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

const clamp01 = (x: number) => (x < 0 ? 0 : x > 1 ? 1 : x);

/**
 * Values for t = 0..horizon (index t). `mutationNoise(i, t)` is added to the
 * mutation rate of municipality i in year t >= 1 (uncertainty runs) before clamping.
 */
export function projectRegion(
	municipalities: readonly Municipality[],
	horizon: number,
	mutationNoise?: (i: number, t: number) => number
): YearValues[] {
	const n = municipalities.length;
	const years: YearValues[] = [];
	for (let t = 0; t <= horizon; t++) {
		const v: YearValues = {
			inhabitants: new Float64Array(n),
			dwellings: new Float64Array(n),
			socialStock: new Float64Array(n),
			mutationRate: new Float64Array(n),
			available: new Float64Array(n)
		};
		const prev = years[t - 1];
		for (let i = 0; i < n; i++) {
			const m = municipalities[i]!;
			const build = m.newDwellingsPerYear ?? 0;
			v.inhabitants[i] = m.inhabitants * Math.pow(1 + (m.populationGrowth ?? 0), t);
			if (prev) {
				v.dwellings[i] = prev.dwellings[i]! + build;
				v.socialStock[i] =
					prev.socialStock[i]! * (1 - (m.socialStockLossPerYear ?? 0)) +
					build * (m.socialShareOfNewBuild ?? 0);
			} else {
				v.dwellings[i] = m.dwellings;
				v.socialStock[i] = m.dwellings * m.socialShare;
			}
			const noise = mutationNoise && t > 0 ? mutationNoise(i, t) : 0;
			v.mutationRate[i] = clamp01(m.mutationRate + t * (m.mutationRateChangePerYear ?? 0) + noise);
			v.available[i] = v.socialStock[i]! * v.mutationRate[i]!;
		}
		years.push(v);
	}
	return years;
}
