/**
 * A fixed-size summary of Monte Carlo runs (model.md §7), so memory does not grow with the
 * number of runs. Per cell (year × municipality): a histogram of the households and one of the
 * priority share, the sum of the households, the number of runs over the cap, and the least and
 * greatest value of each figure.
 *
 * Each histogram has BINS bins of width 2^k, aligned to multiples of 2^k, starting at the bin
 * of the least value; k is the smallest level (at least one household, 2^-24 for a share) at
 * which the cell's range fits. A wider range coarsens the bins by merging aligned pairs, which
 * loses nothing the final level keeps: the counts at the end are those of every value in its
 * bin at the level the whole range needs. So summaries merge exactly in any order, and the
 * percentiles are the same however the runs were split over chunks and workers.
 *
 * Households are whole numbers: where a cell's range fits in BINS households (k = 0) its
 * percentiles are exactly those of all runs kept and sorted; elsewhere, and for the real-valued
 * priority share, a value is placed evenly within its bin, off by less than one bin width
 * (at most 2 × range / (BINS − 1)).
 */
import type { Percentiles, UncertaintyResult } from './types';

/** Bins per cell and figure. */
export const BINS = 256;
/** The finest levels: one household, and 2^-24 of a share. */
const H_FINEST = 0;
const U_FINEST = -24;

/** Bin counts: 16 bits where the runs fit, which halves the summary. */
type Counts = Uint16Array | Uint32Array;

export interface McSummary {
	years: number;
	municipalities: number;
	/** the runs [from, to) summarised, possibly several ranges after merging */
	ranges: [number, number][];
	/** per cell BINS counts, starting at the bin of the cell's least value */
	hBins: Counts;
	/** as hBins, over the runs where the municipality had relettings (a priority share) */
	uBins: Counts;
	/** per cell the level k: its bins are 2^k wide */
	hLevel: Int8Array;
	uLevel: Int8Array;
	hSum: Float64Array;
	/** runs with the priority share over the cap */
	over: Uint32Array;
	/** per cell: least and greatest households, least and greatest priority share */
	extremes: Float64Array;
	/** an upper bound clipped the allocation in some run and year */
	capBinds: boolean;
}

/** One run's figures for a year, as the engine gives them. */
export interface RunFigures {
	households: ArrayLike<number>;
	priorityShare: ArrayLike<number | null>;
	overCap: ArrayLike<boolean>;
	capBinds: boolean;
}

/** An empty summary; `runs` is how many all summaries merged with it add up to (the count width). */
export function emptySummary(years: number, municipalities: number, runs: number): McSummary {
	const cells = years * municipalities;
	const extremes = new Float64Array(cells * 4);
	for (let c = 0; c < cells; c++) extremes.set([Infinity, -Infinity, Infinity, -Infinity], c * 4);
	const counts = () =>
		runs <= 0xffff ? new Uint16Array(cells * BINS) : new Uint32Array(cells * BINS);
	return {
		years,
		municipalities,
		ranges: [],
		hBins: counts(),
		uBins: counts(),
		hLevel: new Int8Array(cells).fill(H_FINEST),
		uLevel: new Int8Array(cells).fill(U_FINEST),
		hSum: new Float64Array(cells),
		over: new Uint32Array(cells),
		extremes,
		capBinds: false
	};
}

/** One figure's histograms in a summary. */
interface Figure {
	bins: Counts;
	level: Int8Array;
	extremes: Float64Array;
	/** index of the figure's least value in `extremes` (greatest at +1) */
	at: number;
}

const figures = (s: McSummary): [Figure, Figure] => [
	{ bins: s.hBins, level: s.hLevel, extremes: s.extremes, at: 0 },
	{ bins: s.uBins, level: s.uLevel, extremes: s.extremes, at: 2 }
];

/** 2^-k for the levels k in -64..63 (a table: Math.pow per value was most of a run's count). */
const SCALE = Float64Array.from({ length: 128 }, (_, j) => 2 ** (64 - j));

/** The bin of v at level k (exact: scaling by a power of two only shifts the exponent). */
const binOf = (v: number, k: number) => Math.floor(v * SCALE[k + 64]!);

/** The smallest level from k up at which [min, max] fits in BINS aligned bins. */
function levelFor(min: number, max: number, k: number): number {
	while (binOf(max, k) - binOf(min, k) >= BINS) k++;
	return k;
}

const scratch = new Float64Array(BINS);

/**
 * Put cell c of a figure on level K (not finer than its own) and the range [min, max], which
 * holds its present one: the counts move so that bin 0 is the bin of the new least value.
 */
function rebin(f: Figure, c: number, K: number, min: number, max: number): void {
	const e = c * 4 + f.at;
	const oldMin = f.extremes[e]!;
	const k = f.level[c]!;
	const base = c * BINS;
	if (oldMin <= f.extremes[e + 1]!) {
		const from = binOf(oldMin, k);
		const to = binOf(min, K);
		for (let j = 0; j < BINS; j++) scratch[j] = f.bins[base + j]!;
		f.bins.fill(0, base, base + BINS);
		for (let j = 0; j < BINS; j++) {
			if (scratch[j]) f.bins[base + binOf(from + j, K - k) - to]! += scratch[j]!;
		}
	}
	f.level[c] = K;
	f.extremes[e] = min;
	f.extremes[e + 1] = max;
}

function addValue(f: Figure, c: number, v: number): void {
	const e = c * 4 + f.at;
	let min = f.extremes[e]!;
	const max = f.extremes[e + 1]!;
	if (!(v >= min && v <= max)) {
		const lo = Math.min(v, min);
		const hi = Math.max(v, max);
		rebin(f, c, levelFor(lo, hi, f.level[c]!), lo, hi);
		min = lo;
	}
	const k = f.level[c]!;
	f.bins[c * BINS + binOf(v, k) - binOf(min, k)]!++;
}

/** Count one run (its figures per year) into the summary. */
export function addRun(s: McSummary, byYear: readonly RunFigures[]): void {
	const n = s.municipalities;
	const [h, u] = figures(s);
	for (let t = 0; t < byYear.length; t++) {
		const y = byYear[t]!;
		s.capBinds ||= y.capBinds;
		for (let i = 0; i < n; i++) {
			const c = t * n + i;
			const households = y.households[i]!;
			addValue(h, c, households);
			s.hSum[c]! += households;
			if (y.overCap[i]) s.over[c]!++;
			const share = y.priorityShare[i];
			if (share !== null && share !== undefined) addValue(u, c, share);
		}
	}
}

/** Add `b` into `a` (summaries of the same scenario): exact, in any order. */
export function mergeInto(a: McSummary, b: McSummary): McSummary {
	a.ranges.push(...b.ranges);
	const into = figures(a);
	figures(b).forEach((from, which) => {
		const to = into[which]!;
		for (let c = 0; c < a.hSum.length; c++) {
			const e = c * 4 + from.at;
			const bMin = from.extremes[e]!;
			const bMax = from.extremes[e + 1]!;
			if (!(bMin <= bMax)) continue;
			const min = Math.min(to.extremes[e]!, bMin);
			const max = Math.max(to.extremes[e + 1]!, bMax);
			const k = from.level[c]!;
			const K = levelFor(min, max, Math.max(to.level[c]!, k));
			rebin(to, c, K, min, max);
			const first = binOf(bMin, k);
			const zero = binOf(min, K);
			for (let j = 0; j < BINS; j++) {
				const count = from.bins[c * BINS + j]!;
				if (count) to.bins[c * BINS + binOf(first + j, K - k) - zero]! += count;
			}
		}
	});
	for (let c = 0; c < a.hSum.length; c++) {
		a.hSum[c]! += b.hSum[c]!;
		a.over[c]! += b.over[c]!;
	}
	a.capBinds ||= b.capBinds;
	return a;
}

/** The summary's own buffers, to be moved (not copied) across a worker boundary. */
export function summaryTransferables(s: McSummary): ArrayBuffer[] {
	return [s.hBins, s.uBins, s.hLevel, s.uLevel, s.hSum, s.over, s.extremes].map(
		(a) => a.buffer as ArrayBuffer
	);
}

/**
 * The value of rank k (0-based, ascending) among a cell's counted values: exact in a bin one
 * whole household wide, else spread evenly over the part of the bin the values can lie in.
 */
function rankValue(f: Figure, c: number, k: number, whole: boolean): number {
	const min = f.extremes[c * 4 + f.at]!;
	const max = f.extremes[c * 4 + f.at + 1]!;
	const width = 1 / SCALE[f.level[c]! + 64]!;
	const first = binOf(min, f.level[c]!);
	let seen = 0;
	for (let j = 0; j < BINS; j++) {
		const count = f.bins[c * BINS + j]!;
		if (k >= seen + count) {
			seen += count;
			continue;
		}
		const start = (first + j) * width;
		const a = Math.max(start, min);
		const z = Math.min(start + width - (whole ? 1 : 0), max);
		return count === 1 ? (a + z) / 2 : a + ((z - a) * (k - seen)) / (count - 1);
	}
	return max;
}

/** As d3's quantileSorted over all counted values (linear between the two nearest ranks). */
function percentile(f: Figure, c: number, p: number, whole: boolean): number | null {
	let total = 0;
	for (let j = 0; j < BINS; j++) total += f.bins[c * BINS + j]!;
	if (!total) return null;
	const i = (total - 1) * p;
	const i0 = Math.floor(i);
	const v0 = rankValue(f, c, i0, whole);
	if (i === i0) return v0;
	const v1 = rankValue(f, c, i0 + 1, whole);
	return v0 + (v1 - v0) * (i - i0);
}

const QUANTILES = [0.1, 0.5, 0.9] as const;

/** The band's figures from a summary of `runs` runs. */
export function summaryResult(s: McSummary, runs: number, seed: number): UncertaintyResult {
	const { years, municipalities: n } = s;
	const [h, u] = figures(s);
	const grid = <T>(at: (c: number) => T): T[][] =>
		Array.from({ length: years }, (_, t) => Array.from({ length: n }, (_, i) => at(t * n + i)));
	const at = (p: number): Percentiles => ({
		households: grid((c) => percentile(h, c, p, true) ?? 0),
		priorityShare: grid((c) => percentile(u, c, p, false))
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
