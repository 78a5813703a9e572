/**
 * A fixed-size summary of Monte Carlo runs (model.md §7), so memory does not grow with the
 * number of runs. Per cell (year × municipality): a histogram of the households and one of the
 * priority share over fixed bins (plus an under- and an overflow bin), the sum of the
 * households, the number of runs over the cap, and the least and greatest value of each figure.
 *
 * Every part is an integer count, a sum of whole households (exact in a double far beyond any
 * region) or a min/max, so summaries merge exactly in any order: the percentiles are the same
 * however the runs were split over chunks and workers. Households are whole numbers: where a
 * cell's bins are one household wide its percentiles are exactly those of all runs kept and
 * sorted; elsewhere (wide spreads, and always for the real-valued priority share) a value is
 * placed evenly within its bin, off by less than one bin width.
 */
import type { Percentiles, UncertaintyResult } from './types';

/** Bins per cell and figure: 128 households wide before a bin holds more than one value. */
export const BINS = 128;
/** Bins with the under- and overflow bins. */
const SLOTS = BINS + 2;

/** Where each cell's bins lie: fixed before the runs start, the same in every worker. */
export interface BinPlan {
	years: number;
	municipalities: number;
	/** the runs all summaries on this plan add up to: bin counts fit in 16 bits up to 65.535 */
	runs: number;
	/** households: lower edge and width (whole households, at least 1) per cell */
	hLo: Float64Array;
	hWidth: Float64Array;
	/** priority share: lower edge and width per cell */
	uLo: Float64Array;
	uWidth: Float64Array;
}

/** Bin counts: 16 bits where the runs fit, which halves the summary. */
type Counts = Uint16Array | Uint32Array;

export interface McSummary {
	plan: BinPlan;
	/** the runs [from, to) summarised, possibly several ranges after merging */
	ranges: [number, number][];
	/** per cell SLOTS counts: underflow, BINS bins, overflow */
	hBins: Counts;
	/** as hBins, over the runs where the municipality had relettings (a priority share) */
	uBins: Counts;
	hSum: Float64Array;
	/** runs with the priority share over the cap */
	over: Uint32Array;
	/** per cell: least and greatest households, least and greatest priority share */
	extremes: Float64Array;
	/** an upper bound clipped the allocation in some run and year */
	capBinds: boolean;
}

/** One run's figures for every year, as the engine gives them. */
export interface RunFigures {
	households: ArrayLike<number>;
	priorityShare: ArrayLike<number | null>;
	overCap: ArrayLike<boolean>;
	capBinds: boolean;
}

/** The plan for cells whose pilot runs ranged over [min, max] of each figure (NaN: no value). */
export function binPlan(
	years: number,
	municipalities: number,
	runs: number,
	pilot: { hMin: Float64Array; hMax: Float64Array; uMin: Float64Array; uMax: Float64Array }
): BinPlan {
	const cells = years * municipalities;
	const plan: BinPlan = {
		years,
		municipalities,
		runs,
		hLo: new Float64Array(cells),
		hWidth: new Float64Array(cells),
		uLo: new Float64Array(cells),
		uWidth: new Float64Array(cells)
	};
	for (let c = 0; c < cells; c++) {
		// The pilot's spread once more on either side: the band's P10..P90 fall well inside.
		const hMin = finiteOr(pilot.hMin[c]!, 0);
		const hMax = finiteOr(pilot.hMax[c]!, 0);
		const hSpan = hMax - hMin;
		let lo = Math.max(0, Math.floor(hMin - hSpan));
		const hi = Math.ceil(hMax + hSpan) + 1;
		if (hi - lo <= BINS) lo = Math.max(0, Math.floor((hMin + hMax) / 2) - BINS / 2);
		plan.hLo[c] = lo;
		plan.hWidth[c] = Math.max(1, Math.ceil((hi - lo) / BINS));
		const uMin = finiteOr(pilot.uMin[c]!, 0);
		const uMax = finiteOr(pilot.uMax[c]!, 0);
		const uSpan = Math.max(uMax - uMin, 1e-3 * Math.max(uMax, 0.01));
		const uLo = Math.max(0, uMin - uSpan);
		plan.uLo[c] = uLo;
		plan.uWidth[c] = (uMax + uSpan - uLo) / BINS;
	}
	return plan;
}

function finiteOr(v: number, fallback: number) {
	return Number.isFinite(v) ? v : fallback;
}

export function emptySummary(plan: BinPlan): McSummary {
	const cells = plan.years * plan.municipalities;
	const extremes = new Float64Array(cells * 4);
	for (let c = 0; c < cells; c++) extremes.set([Infinity, -Infinity, Infinity, -Infinity], c * 4);
	return {
		plan,
		ranges: [],
		hBins: counts(plan, cells * SLOTS),
		uBins: counts(plan, cells * SLOTS),
		hSum: new Float64Array(cells),
		over: new Uint32Array(cells),
		extremes,
		capBinds: false
	};
}

function counts(plan: BinPlan, length: number): Counts {
	return plan.runs <= 0xffff ? new Uint16Array(length) : new Uint32Array(length);
}

function slot(v: number, lo: number, width: number): number {
	if (v < lo) return 0;
	const b = Math.floor((v - lo) / width);
	return b >= BINS ? SLOTS - 1 : b + 1;
}

/** Count one run (its figures per year) into the summary. */
export function addRun(s: McSummary, byYear: readonly RunFigures[]): void {
	const plan = s.plan;
	const n = plan.municipalities;
	byYear.forEach((y, t) => {
		s.capBinds ||= y.capBinds;
		for (let i = 0; i < n; i++) {
			const c = t * n + i;
			const e = c * 4;
			const h = y.households[i]!;
			s.hBins[c * SLOTS + slot(h, plan.hLo[c]!, plan.hWidth[c]!)]!++;
			s.hSum[c]! += h;
			if (h < s.extremes[e]!) s.extremes[e] = h;
			if (h > s.extremes[e + 1]!) s.extremes[e + 1] = h;
			if (y.overCap[i]) s.over[c]!++;
			const u = y.priorityShare[i];
			if (u === null || u === undefined) continue;
			s.uBins[c * SLOTS + slot(u, plan.uLo[c]!, plan.uWidth[c]!)]!++;
			if (u < s.extremes[e + 2]!) s.extremes[e + 2] = u;
			if (u > s.extremes[e + 3]!) s.extremes[e + 3] = u;
		}
	});
}

/** Add `b` into `a` (both on the same plan, as every worker makes it): exact, in any order. */
export function mergeInto(a: McSummary, b: McSummary): McSummary {
	a.ranges.push(...b.ranges);
	for (let k = 0; k < a.hBins.length; k++) a.hBins[k]! += b.hBins[k]!;
	for (let k = 0; k < a.uBins.length; k++) a.uBins[k]! += b.uBins[k]!;
	for (let c = 0; c < a.hSum.length; c++) {
		a.hSum[c]! += b.hSum[c]!;
		a.over[c]! += b.over[c]!;
	}
	for (let e = 0; e < a.extremes.length; e += 2) {
		a.extremes[e] = Math.min(a.extremes[e]!, b.extremes[e]!);
		a.extremes[e + 1] = Math.max(a.extremes[e + 1]!, b.extremes[e + 1]!);
	}
	a.capBinds ||= b.capBinds;
	return a;
}

/** The summary's own buffers, to be moved (not copied) across a worker boundary. */
export function summaryTransferables(s: McSummary): ArrayBuffer[] {
	const { hLo, hWidth, uLo, uWidth } = s.plan;
	return [s.hBins, s.uBins, s.hSum, s.over, s.extremes, hLo, hWidth, uLo, uWidth].map(
		(a) => a.buffer as ArrayBuffer
	);
}

/**
 * The value of rank k (0-based, ascending) among a cell's counted values: exact in a bin one
 * whole household wide, else spread evenly over the part of the bin the values can lie in.
 */
function rankValue(
	bins: Counts,
	base: number,
	k: number,
	lo: number,
	width: number,
	min: number,
	max: number,
	whole: boolean
): number {
	let seen = 0;
	for (let b = 0; b < SLOTS; b++) {
		const count = bins[base + b]!;
		if (k >= seen + count) {
			seen += count;
			continue;
		}
		const step = whole ? 1 : 0;
		const start = b === 0 ? min : lo + (b - 1) * width;
		const end = b === 0 ? lo - step : b === SLOTS - 1 ? max : start + width - step;
		const a = Math.max(start, min);
		const z = Math.min(end, max);
		return count === 1 ? (a + z) / 2 : a + ((z - a) * (k - seen)) / (count - 1);
	}
	return max;
}

/** As d3's quantileSorted over all counted values (linear between the two nearest ranks). */
function percentile(
	bins: Counts,
	base: number,
	p: number,
	lo: number,
	width: number,
	min: number,
	max: number,
	whole: boolean
): number | null {
	let total = 0;
	for (let b = 0; b < SLOTS; b++) total += bins[base + b]!;
	if (!total) return null;
	const i = (total - 1) * p;
	const i0 = Math.floor(i);
	const v0 = rankValue(bins, base, i0, lo, width, min, max, whole);
	if (i === i0) return v0;
	const v1 = rankValue(bins, base, i0 + 1, lo, width, min, max, whole);
	return v0 + (v1 - v0) * (i - i0);
}

const QUANTILES = [0.1, 0.5, 0.9] as const;

/** The band's figures from a summary of `runs` runs. */
export function summaryResult(s: McSummary, runs: number, seed: number): UncertaintyResult {
	const plan = s.plan;
	const { years, municipalities: n } = plan;
	const grid = <T>(at: (c: number) => T): T[][] =>
		Array.from({ length: years }, (_, t) => Array.from({ length: n }, (_, i) => at(t * n + i)));
	const at = (p: number): Percentiles => ({
		households: grid(
			(c) =>
				percentile(
					s.hBins,
					c * SLOTS,
					p,
					plan.hLo[c]!,
					plan.hWidth[c]!,
					s.extremes[c * 4]!,
					s.extremes[c * 4 + 1]!,
					true
				) ?? 0
		),
		priorityShare: grid((c) =>
			percentile(
				s.uBins,
				c * SLOTS,
				p,
				plan.uLo[c]!,
				plan.uWidth[c]!,
				s.extremes[c * 4 + 2]!,
				s.extremes[c * 4 + 3]!,
				false
			)
		)
	});
	const [p10, p50, p90] = QUANTILES.map(at) as [Percentiles, Percentiles, Percentiles];
	return {
		runs,
		seed,
		p10,
		p50,
		p90,
		meanHouseholds: grid((c) => s.hSum[c]! / runs),
		pOverCap: grid((c) => s.over[c]! / runs),
		capBinds: s.capBinds
	};
}
