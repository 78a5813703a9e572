/**
 * Bounds on the yearly allocation (model.md §5.4), solved by water-filling.
 *
 * Given path shares q (Σq = 1), the demand N to place, upper bounds hi (the
 * room under the cap on the share of relettings, households) and lower
 * bounds lo (the floor, households), find x_i = clamp(λ·q_i·N, lo_i, hi_i)
 * with Σx = N. A floor above a cap gives way to the cap. Floors that add up
 * to more than N are scaled down proportionally (`floorsScaled`). The most
 * the region can take is M = Σ (hi_i where q_i > 0, else min(lo_i, hi_i)):
 * a municipality with weight 0 cannot receive through water-filling. When
 * M < N every municipality takes that most and the rest is the `shortfall`:
 * reported, never dropped, with the weight-0 municipalities that still have
 * room (`roomWithoutWeight`).
 */

import { selectKth } from './select';

export interface BoundedAllocation {
	/** households per municipality, real */
	allocation: Float64Array;
	/** the effective lower bounds after "cap wins" and scaling */
	lower: Float64Array;
	/** demand that no municipality can take */
	shortfall: number;
	floorsScaled: boolean;
	/** an upper bound held some municipality below its share of the demand */
	upperBinds: boolean;
	/** with a shortfall: municipalities with weight 0 that could still take households */
	roomWithoutWeight: number[];
}

export function allocateWithinBounds(
	shares: Float64Array,
	demand: number,
	lo: Float64Array | null,
	hi: Float64Array | null
): BoundedAllocation {
	const n = shares.length;
	const lower = new Float64Array(n);
	const upper = hi ?? new Float64Array(n).fill(Infinity);
	let lowerSum = 0;
	if (lo) {
		for (let i = 0; i < n; i++) {
			lower[i] = Math.min(lo[i]!, upper[i]!);
			lowerSum += lower[i]!;
		}
	}
	let floorsScaled = false;
	if (lowerSum > demand) {
		const scale = demand / lowerSum;
		for (let i = 0; i < n; i++) lower[i]! *= scale;
		floorsScaled = true;
	}

	const allocation = new Float64Array(n);
	// No bound binding: the allocation is exactly q·N.
	let binding = false;
	for (let i = 0; i < n; i++) {
		allocation[i] = shares[i]! * demand;
		if (allocation[i]! < lower[i]! || allocation[i]! > upper[i]!) binding = true;
	}
	const none: number[] = [];
	if (!binding) {
		return {
			allocation,
			lower,
			shortfall: 0,
			floorsScaled,
			upperBinds: false,
			roomWithoutWeight: none
		};
	}

	// M: every municipality with a share at its upper bound, the others at their floor.
	let reachable = 0;
	for (let i = 0; i < n; i++) reachable += shares[i]! > 0 ? upper[i]! : lower[i]!;
	if (reachable <= demand) {
		const room: number[] = [];
		for (let i = 0; i < n; i++) {
			allocation[i] = shares[i]! > 0 ? upper[i]! : lower[i]!;
			if (!(shares[i]! > 0) && upper[i]! > lower[i]! + ROOM) room.push(i);
		}
		return {
			allocation,
			lower,
			shortfall: demand - reachable,
			floorsScaled,
			upperBinds: demand - reachable > 0,
			roomWithoutWeight: room
		};
	}

	const lambda = solveLevel(shares, demand, lower, hi);
	let upperBinds = false;
	let placed = 0;
	let free = 0;
	for (let i = 0; i < n; i++) {
		const x = lambda * shares[i]! * demand;
		if (x > upper[i]! + ROOM) upperBinds = true;
		allocation[i] = x < lower[i]! ? lower[i]! : x > upper[i]! ? upper[i]! : x;
		placed += allocation[i]!;
		if (allocation[i]! > lower[i]! && allocation[i]! < upper[i]!) free += allocation[i]!;
	}
	// λ from a far breakpoint (a tiny share next to a large one) can lose digits: the free
	// municipalities take the rest so that Σx = N holds to the last digit that matters.
	if (free > 0 && placed !== demand) {
		const scale = 1 + (demand - placed) / free;
		for (let i = 0; i < n; i++) {
			const x = allocation[i]!;
			if (x > lower[i]! && x < upper[i]!)
				allocation[i] = Math.min(upper[i]!, Math.max(lower[i]!, x * scale));
		}
	}
	return { allocation, lower, shortfall: 0, floorsScaled, upperBinds, roomWithoutWeight: none };
}

// Room below this (households) is rounding noise.
const ROOM = 1e-9;

/**
 * λ with Σ clamp(λ·q_i·N, lo_i, hi_i) = N. The sum f(λ) is piecewise linear and
 * non-decreasing in λ: municipality i is free between lo_i/(q_i·N) and hi_i/(q_i·N).
 * Sort-free: bisect on the breakpoints themselves (each step selects the median of the
 * breakpoints still in play, linear time) down to the segment where f reaches N, then
 * solve on that segment.
 */
function solveLevel(
	shares: Float64Array,
	demand: number,
	lower: Float64Array,
	hi: Float64Array | null
): number {
	const n = shares.length;
	const points = breakpointBuffer(2 * n);
	let m = 0;
	for (let i = 0; i < n; i++) {
		const w = shares[i]! * demand;
		if (!(w > 0)) continue;
		points[m++] = lower[i]! / w;
		if (hi) points[m++] = hi[i]! / w;
	}
	// Invariant: f(at) < N (at = 0: only the floors, below N since M > N was checked), and
	// the segment ends at or before the first remaining breakpoint above `at`.
	let at = 0;
	let lo = 0;
	let top = m;
	while (top - lo > 0) {
		const mid = lo + ((top - lo) >> 1);
		const x = selectKth(points, lo, top - 1, mid);
		// At or below `at` (equal breakpoints), or still short of N: the segment lies above x.
		if (x <= at || levelSum(shares, demand, lower, hi, x) < demand) {
			if (x > at) at = x;
			lo = mid + 1;
		} else top = mid;
	}
	// Linear on [at, next breakpoint): value and slope of the free municipalities at `at`.
	let value = 0;
	let slope = 0;
	// Free or bound is decided on the breakpoints as computed above, never on at·w, whose
	// rounding could count a municipality at its cap as free.
	for (let i = 0; i < n; i++) {
		const w = shares[i]! * demand;
		if (!(w > 0)) {
			value += lower[i]!;
			continue;
		}
		if (hi && hi[i]! / w <= at) value += hi[i]!;
		else if (lower[i]! / w > at) value += lower[i]!;
		else {
			value += at * w;
			slope += w;
		}
	}
	return slope > 0 ? at + (demand - value) / slope : at;
}

function levelSum(
	shares: Float64Array,
	demand: number,
	lower: Float64Array,
	hi: Float64Array | null,
	lambda: number
): number {
	let sum = 0;
	for (let i = 0; i < shares.length; i++) {
		const w = shares[i]! * demand;
		if (!(w > 0)) sum += lower[i]!;
		else if (hi && hi[i]! / w <= lambda) sum += hi[i]!;
		else if (lower[i]! / w > lambda) sum += lower[i]!;
		else sum += lambda * w;
	}
	return sum;
}

let breakpoints = new Float64Array(0);
/** One scratch buffer for the breakpoints, reused between calls (the engine is single-threaded). */
function breakpointBuffer(size: number): Float64Array {
	if (breakpoints.length < size) breakpoints = new Float64Array(size);
	return breakpoints;
}
