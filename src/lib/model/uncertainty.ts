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
import { randomGamma, randomLcg, randomNormal, randomPoisson } from 'd3';
import { simulate, type Draws } from './engine';
import {
	addRun,
	emptySummary,
	mergeInto,
	summaryResult,
	type McSummary,
	type RunFigures
} from './mcSummary';
import type { Scenario, UncertaintyResult } from './types';

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

/** Run r's figures per year: the same wherever and in whichever chunk it is computed. */
export function runFigures(scenario: Scenario, r: number): RunFigures[] {
	const draws = drawsFor(scenario, randomLcg(runSeed(scenario.uncertainty.seed, r)));
	// Only what the summary counts: the rest of the result is garbage at once.
	return simulate(scenario, draws).byYear.map(
		({ households, priorityShare, overCap, capBinds }) => ({
			households,
			priorityShare,
			overCap,
			capBinds
		})
	);
}

/** Runs of one scenario counted into a summary of fixed size, as they are computed. */
export class UncertaintyAccumulator {
	readonly summary: McSummary;

	constructor(private scenario: Scenario) {
		const { horizonYears, municipalities, uncertainty } = scenario;
		this.summary = emptySummary(horizonYears, municipalities.length, uncertainty.runs);
	}

	/** Count runs [from, to). */
	add(from: number, to: number): void {
		for (let r = from; r < to; r++) addRun(this.summary, runFigures(this.scenario, r));
		if (to > from) this.summary.ranges.push([from, to]);
	}
}

/** Runs [from, to) of the scenario's uncertainty runs (a pure function: any worker may do it). */
export function uncertaintyChunk(scenario: Scenario, from: number, to: number): McSummary {
	const acc = new UncertaintyAccumulator(scenario);
	acc.add(from, Math.max(from, to));
	return acc.summary;
}

/** Percentiles over all runs of the summaries, which must cover 0..runs once (in any order). */
export function mergeUncertainty(scenario: Scenario, summaries: McSummary[]): UncertaintyResult {
	const { seed } = scenario.uncertainty;
	const ranges = summaries.flatMap((s) => s.ranges).sort((a, b) => a[0] - b[0]);
	let runs = 0;
	for (const [from, to] of ranges) {
		if (from !== runs) throw new Error(`uncertainty chunks do not join at run ${runs}`);
		runs = to;
	}
	const first = summaries[0];
	if (!first) throw new Error('no uncertainty runs to merge');
	const merged = emptySummary(first.years, first.municipalities, runs);
	for (const s of summaries) mergeInto(merged, s);
	return summaryResult(merged, runs, seed);
}

export function uncertaintyOf(scenario: Scenario): UncertaintyResult | null {
	const { runs } = scenario.uncertainty;
	if (!(runs > 0)) return null;
	const acc = new UncertaintyAccumulator(scenario);
	acc.add(0, runs);
	return summaryResult(acc.summary, runs, scenario.uncertainty.seed);
}
