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

/** Buffers of n values the allocation writes into, reused between years and runs. */
export interface BoundsScratch {
	/** the allocation (out) */
	allocation: Float64Array;
	/** the effective lower bounds (out) */
	lower: Float64Array;
	/** the upper bounds when none are given (all Infinity) */
	unbounded: Float64Array;
	/** per municipality: its weight q_i·N and the λ where it reaches its floor and its cap */
	weight: Float64Array;
	atFloor: Float64Array;
	atCap: Float64Array;
	/** the breakpoints, 2n */
	points: Float64Array;
}

export function boundsScratch(n: number): BoundsScratch {
	return {
		allocation: new Float64Array(n),
		lower: new Float64Array(n),
		unbounded: new Float64Array(n).fill(Infinity),
		weight: new Float64Array(n),
		atFloor: new Float64Array(n),
		atCap: new Float64Array(n),
		points: new Float64Array(2 * n)
	};
}

/** What an allocation found besides the numbers (the fields of BoundedAllocation). */
export interface BoundsOutcome {
	shortfall: number;
	floorsScaled: boolean;
	upperBinds: boolean;
	roomWithoutWeight: number[];
}

export function allocateWithinBounds(
	shares: Float64Array,
	demand: number,
	lo: Float64Array | null,
	hi: Float64Array | null
): BoundedAllocation {
	const scratch = boundsScratch(shares.length);
	const outcome = allocateInto(shares, demand, lo, hi, scratch);
	return {
		allocation: scratch.allocation,
		lower: scratch.lower,
		...outcome,
		roomWithoutWeight: [...outcome.roomWithoutWeight]
	};
}

const NONE: readonly number[] = Object.freeze([]);

/**
 * allocateWithinBounds into `s.allocation` and `s.lower` (no allocation unless households stay
 * unplaced; `roomWithoutWeight` is then a shared empty list, read-only).
 */
export function allocateInto(
	shares: Float64Array,
	demand: number,
	lo: Float64Array | null,
	hi: Float64Array | null,
	s: BoundsScratch
): BoundsOutcome {
	const n = shares.length;
	const { lower, allocation } = s;
	const upper = hi ?? s.unbounded;
	let lowerSum = 0;
	if (lo) {
		for (let i = 0; i < n; i++) {
			const l = Math.min(lo[i]!, upper[i]!);
			lower[i] = l;
			lowerSum += l;
		}
	} else lower.fill(0);
	let floorsScaled = false;
	if (lowerSum > demand) {
		const scale = demand / lowerSum;
		for (let i = 0; i < n; i++) lower[i]! *= scale;
		floorsScaled = true;
	}

	// No bound binding: the allocation is exactly q·N.
	let binding = false;
	for (let i = 0; i < n; i++) {
		const x = shares[i]! * demand;
		allocation[i] = x;
		if (x < lower[i]! || x > upper[i]!) binding = true;
	}
	const none = NONE as number[];
	if (!binding) {
		return { shortfall: 0, floorsScaled, upperBinds: false, roomWithoutWeight: none };
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
			shortfall: demand - reachable,
			floorsScaled,
			upperBinds: demand - reachable > 0,
			roomWithoutWeight: room
		};
	}

	const lambda = solveLevel(shares, demand, lower, hi, s);
	let upperBinds = false;
	let placed = 0;
	let free = 0;
	for (let i = 0; i < n; i++) {
		const x = lambda * shares[i]! * demand;
		if (x > upper[i]! + ROOM) upperBinds = true;
		const a = x < lower[i]! ? lower[i]! : x > upper[i]! ? upper[i]! : x;
		allocation[i] = a;
		placed += a;
		if (a > lower[i]! && a < upper[i]!) free += a;
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
	return { shortfall: 0, floorsScaled, upperBinds, roomWithoutWeight: none };
}

// Room below this (households) is rounding noise.
const ROOM = 1e-9;

/**
 * λ with Σ clamp(λ·q_i·N, lo_i, hi_i) = N. The sum f(λ) is piecewise linear and
 * non-decreasing in λ: municipality i is free between lo_i/(q_i·N) and hi_i/(q_i·N).
 * Sort-free: bisect on the breakpoints themselves (each step selects the median of the
 * breakpoints still in play, linear time) down to the segment where f reaches N, then
 * solve on that segment. The breakpoints are divided out once; every step compares.
 */
function solveLevel(
	shares: Float64Array,
	demand: number,
	lower: Float64Array,
	hi: Float64Array | null,
	s: BoundsScratch
): number {
	const n = shares.length;
	const { weight, atFloor, atCap, points } = s;
	// Breakpoints at 0 (municipalities without a floor) are only counted: the k-th smallest of
	// all is 0 for k below that count, else the (k − zeros)-th of the rest.
	let zeros = 0;
	let m = 0;
	for (let i = 0; i < n; i++) {
		const w = shares[i]! * demand;
		weight[i] = w;
		if (!(w > 0)) continue;
		const floor = lower[i]! / w;
		atFloor[i] = floor;
		if (floor === 0) zeros++;
		else points[m++] = floor;
		if (hi) {
			const top = hi[i]! / w;
			atCap[i] = top;
			if (top === 0) zeros++;
			else points[m++] = top;
		}
	}
	// The selected values depend on ranks alone, not on where the points lie in the buffer.
	let negative = false;
	for (let k = 0; k < m; k++) if (points[k]! < 0) negative = true;
	if (negative) for (; zeros > 0; zeros--) points[m++] = 0;
	// Terms of the level sum: the floors, the caps and λ·w (λ >= 0 on every breakpoint tried).
	let nonNegative = true;
	for (let i = 0; i < n; i++) {
		if (!(lower[i]! >= 0) || (hi && !(hi[i]! >= 0))) nonNegative = false;
	}
	// Invariant: f(at) < N (at = 0: only the floors, below N since M > N was checked), and
	// the segment ends at or before the first remaining breakpoint above `at`.
	let at = 0;
	let lo = 0;
	let top = m + zeros;
	while (top - lo > 0) {
		const mid = lo + ((top - lo) >> 1);
		const x =
			mid < zeros
				? 0
				: selectKth(points, Math.max(lo, zeros) - zeros, top - 1 - zeros, mid - zeros);
		// At or below `at` (equal breakpoints), or still short of N: the segment lies above x.
		if (x <= at || belowDemand(s, lower, hi, n, x, demand, nonNegative && x >= 0)) {
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
		const w = weight[i]!;
		if (!(w > 0)) {
			value += lower[i]!;
			continue;
		}
		if (hi && atCap[i]! <= at) value += hi[i]!;
		else if (atFloor[i]! > at) value += lower[i]!;
		else {
			value += at * w;
			slope += w;
		}
	}
	return slope > 0 ? at + (demand - value) / slope : at;
}

/**
 * Whether Σ clamp(λ·q_i·N, lo_i, hi_i), summed in municipality order, stays below N. With no
 * negative term the partial sums never decrease (rounding included), so the sum stops as soon as
 * it reaches N: the same answer as the full sum.
 */
function belowDemand(
	s: BoundsScratch,
	lower: Float64Array,
	hi: Float64Array | null,
	n: number,
	lambda: number,
	demand: number,
	nonNegative: boolean
): boolean {
	const { weight, atFloor, atCap } = s;
	let sum = 0;
	for (let i = 0; i < n; i++) {
		const w = weight[i]!;
		if (!(w > 0)) sum += lower[i]!;
		else if (hi && atCap[i]! <= lambda) sum += hi[i]!;
		else if (atFloor[i]! > lambda) sum += lower[i]!;
		else sum += lambda * w;
		if (nonNegative && sum >= demand) return false;
	}
	return sum < demand;
}
