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
 *
 * Run r draws from its own stream, seeded from (seed, r) alone, so runs can
 * be computed in chunks [from, to) anywhere (several workers) and merged:
 * the numbers do not depend on how the runs were split.
 */
import { quantileSorted, randomGamma, randomLcg, randomNormal, randomPoisson } from 'd3';
import { simulate, type Draws } from './engine';
import type { Percentiles, Scenario, UncertaintyResult } from './types';

/** The raw figures of runs [from, to): per run, year and municipality, flat in that order. */
export interface UncertaintyChunk {
	from: number;
	to: number;
	households: Float64Array;
	/** NaN where a municipality had no relettings in that run (never leaves the model) */
	priorityShare: Float64Array;
	overCap: Uint8Array;
	/** an upper bound clipped the allocation in some run and year */
	capBinds: boolean;
}

/** Seed of run r's stream, in [0, 1) as d3's randomLcg takes it: a 32-bit mix of (seed, r). */
export function runSeed(seed: number, run: number): number {
	let h = (Math.imul(seed | 0, 0x9e3779b1) ^ Math.imul(run + 1, 0x85ebca77)) >>> 0;
	h = Math.imul(h ^ (h >>> 16), 0x7feb352d);
	h = Math.imul(h ^ (h >>> 15), 0x846ca68b);
	h ^= h >>> 16;
	return (h >>> 0) / 2 ** 32;
}

function drawsFor(scenario: Scenario, source: () => number): Draws {
	const sd = scenario.uncertainty.mutationRateSd ?? 0;
	const normal = randomNormal.source(source)(0, sd);
	const gamma = randomGamma.source(source);
	const poisson = randomPoisson.source(source);
	return {
		demand(g, _t, mean) {
			if (!(mean > 0)) return 0;
			const cv = scenario.demand[g]!.cv;
			if (!cv) return poisson(mean)();
			// Gamma with mean `mean` and sd cv·mean, then Poisson: a negative binomial count.
			const shape = 1 / (cv * cv);
			return poisson(gamma(shape, mean / shape)())();
		},
		mutationRate: () => (sd > 0 ? normal() : 0)
	};
}

/** Runs [from, to) of the scenario's uncertainty runs (a pure function: any worker may do it). */
export function uncertaintyChunk(scenario: Scenario, from: number, to: number): UncertaintyChunk {
	const years = scenario.horizonYears;
	const n = scenario.municipalities.length;
	const cells = years * n;
	const count = Math.max(0, to - from);
	const households = new Float64Array(count * cells);
	const priorityShare = new Float64Array(count * cells);
	const overCap = new Uint8Array(count * cells);
	let capBinds = false;
	for (let r = 0; r < count; r++) {
		const draws = drawsFor(scenario, randomLcg(runSeed(scenario.uncertainty.seed, from + r)));
		const result = simulate(scenario, draws);
		result.byYear.forEach((y, t) => {
			capBinds ||= y.capBinds;
			const at = r * cells + t * n;
			for (let i = 0; i < n; i++) {
				households[at + i] = y.households[i]!;
				priorityShare[at + i] = y.priorityShare[i] ?? NaN;
				overCap[at + i] = y.overCap[i] ? 1 : 0;
			}
		});
	}
	return { from, to: from + count, households, priorityShare, overCap, capBinds };
}

/** Percentiles over all runs of the chunks, which must cover 0..runs once (in any order). */
export function mergeUncertainty(
	scenario: Scenario,
	chunks: UncertaintyChunk[]
): UncertaintyResult {
	const { seed } = scenario.uncertainty;
	const years = scenario.horizonYears;
	const n = scenario.municipalities.length;
	const cells = years * n;
	const ordered = [...chunks].sort((a, b) => a.from - b.from);
	let runs = 0;
	for (const c of ordered) {
		if (c.from !== runs) throw new Error(`uncertainty chunks do not join at run ${runs}`);
		runs = c.to;
	}
	const ascending = (a: number, b: number) => a - b;
	const p = [0.1, 0.5, 0.9];
	const hq = p.map(() => grid(years, n, () => 0));
	const uq = p.map(() => grid<number | null>(years, n, () => null));
	const mean = grid(years, n, () => 0);
	const over = grid(years, n, () => 0);
	const h: number[] = [];
	const u: number[] = [];
	for (let t = 0; t < years; t++) {
		for (let i = 0; i < n; i++) {
			const cell = t * n + i;
			let total = 0;
			let above = 0;
			h.length = 0;
			u.length = 0;
			for (const c of ordered) {
				for (let r = 0; r < c.to - c.from; r++) {
					const at = r * cells + cell;
					h.push(c.households[at]!);
					total += c.households[at]!;
					above += c.overCap[at]!;
					if (!Number.isNaN(c.priorityShare[at])) u.push(c.priorityShare[at]!);
				}
			}
			h.sort(ascending);
			u.sort(ascending);
			p.forEach((q, j) => {
				hq[j]![t]![i] = quantileSorted(h, q)!;
				uq[j]![t]![i] = u.length ? quantileSorted(u, q)! : null;
			});
			mean[t]![i] = total / runs;
			over[t]![i] = above / runs;
		}
	}
	const at = (j: number): Percentiles => ({ households: hq[j]!, priorityShare: uq[j]! });

	return {
		runs,
		seed,
		p10: at(0),
		p50: at(1),
		p90: at(2),
		meanHouseholds: mean,
		pOverCap: over,
		capBinds: ordered.some((c) => c.capBinds)
	};
}

export function uncertaintyOf(scenario: Scenario): UncertaintyResult | null {
	const { runs } = scenario.uncertainty;
	if (!(runs > 0)) return null;
	return mergeUncertainty(scenario, [uncertaintyChunk(scenario, 0, runs)]);
}

function grid<T>(years: number, n: number, make: () => T): T[][] {
	return Array.from({ length: years }, () => Array.from({ length: n }, make));
}
