/**
 * Uncertainty (model.md §7): Monte Carlo over the demand and the mutation
 * rates, with a seeded generator, so the same scenario and seed give the
 * same numbers on every machine.
 *
 * Per run, each group's demand in each year is drawn around its mean
 * N_g(t): Poisson without a coefficient of variation, else gamma-Poisson
 * (negative binomial) with that cv; each municipality's mutation rate in
 * each year gets a normal deviation with sd `mutationRateSd` (absolute).
 * Outputs per year and municipality: P10/P50/P90 of households and of the
 * priority share, the mean households, and P(priority share > cap).
 */
import { quantileSorted, randomGamma, randomLcg, randomNormal, randomPoisson } from 'd3';
import { simulate, type Draws } from './engine';
import type { Percentiles, Scenario, UncertaintyResult } from './types';

function drawsFor(scenario: Scenario, source: () => number): Draws {
	const sd = scenario.uncertainty.mutationRateSd ?? 0;
	const normal = randomNormal.source(source)(0, sd);
	const gamma = randomGamma.source(source);
	const poisson = randomPoisson.source(source);
	return {
		demand(g, _t, mean) {
			if (!(mean > 0)) return 0;
			const cv = scenario.demand[g].cv;
			if (!cv) return poisson(mean)();
			// Gamma with mean `mean` and sd cv·mean, then Poisson: a negative binomial count.
			const shape = 1 / (cv * cv);
			return poisson(gamma(shape, mean / shape)())();
		},
		mutationRate: () => (sd > 0 ? normal() : 0)
	};
}

export function uncertaintyOf(scenario: Scenario): UncertaintyResult | null {
	const { runs, seed } = scenario.uncertainty;
	if (!(runs > 0)) return null;
	// randomLcg takes a seed in [0, 1).
	const source = randomLcg(seed / 2 ** 31);
	const draws = drawsFor(scenario, source);
	const years = scenario.horizonYears;
	const n = scenario.municipalities.length;
	const households = grid(years, n, () => [] as number[]);
	const shares = grid(years, n, () => [] as number[]);
	const over = grid(years, n, () => 0);
	for (let r = 0; r < runs; r++) {
		const result = simulate(scenario, draws);
		result.byYear.forEach((y, t) => {
			for (let i = 0; i < n; i++) {
				households[t][i].push(y.households[i]);
				const u = y.priorityShare[i];
				if (u !== null) shares[t][i].push(u);
				if (y.overCap[i]) over[t][i]++;
			}
		});
	}
	const ascending = (a: number, b: number) => a - b;
	const sortedHouseholds = households.map((row) => row.map((xs) => [...xs].sort(ascending)));
	const sortedShares = shares.map((row) => row.map((xs) => xs.sort(ascending)));
	const at = (p: number): Percentiles => ({
		households: sortedHouseholds.map((row) => row.map((xs) => quantileSorted(xs, p)!)),
		priorityShare: sortedShares.map((row) =>
			row.map((xs) => (xs.length ? quantileSorted(xs, p)! : null))
		)
	});
	return {
		runs,
		seed,
		p10: at(0.1),
		p50: at(0.5),
		p90: at(0.9),
		meanHouseholds: households.map((row) => row.map((xs) => xs.reduce((a, b) => a + b, 0) / runs)),
		pOverCap: over.map((row) => row.map((k) => k / runs))
	};
}

function grid<T>(years: number, n: number, make: () => T): T[][] {
	return Array.from({ length: years }, () => Array.from({ length: n }, make));
}
