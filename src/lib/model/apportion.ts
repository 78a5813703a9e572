/**
 * Whole households from the exact allocation, over the whole horizon at once
 * (model.md §5.5).
 *
 * X_i(t) is municipality i's cumulative exact allocation up to year t. Year t
 * places K(t) = round(Σ_i X_i(t)) − round(Σ_i X_i(t−1)) households (round
 * half up), handed out earliest deadline first: municipality i's next
 * household j = H_i + 1 is released once ceil(X_i(t)) >= j and due in the
 * first year τ >= t with floor(X_i(τ)) >= j (never, past the horizon); ties go
 * to the larger claim X_i(t) − (j − 1), then to the earlier municipality.
 * Cumulative households then stay within one of X_i(t): H_i(t) is floor or
 * ceil of X_i(t) (1e-9 tolerance), for every i and t, bounds or not.
 *
 * Since H_i(t−1) <= ceil(X_i(t−1)), a municipality has in year t its due
 * households (up to floor(X_i(t)), deadline t, handed out first) and at most
 * one more that is released but due later. So a year is: every due household,
 * then the remaining K(t) among the one-more candidates in (deadline, claim,
 * index) order — the same integers as handing them out one at a time.
 */

import { selectKth } from './select';

// Counts like 2.4999999999999996 are meant as 2.5: absorb floating-point noise.
const EPS = 1e-9;
export const roundHalfUp = (x: number) => Math.floor(x + 0.5 + EPS);
const floorTol = (x: number) => Math.floor(x + EPS);
const ceilTol = (x: number) => Math.ceil(x - EPS);

/**
 * @param exact per year t = 1..T (outer), each municipality's exact allocation x*_i(t) >= 0
 * @returns per year, each municipality's whole households h_i(t)
 */
export function wholeHouseholds(exact: readonly ArrayLike<number>[]): number[][] {
	const years = exact.length;
	if (years === 0) return [];
	const n = exact[0]!.length;
	const flat = new Float64Array(years * n);
	exact.forEach((row, t) => flat.set(row, t * n));
	return wholeHouseholdsFlat(flat, years, n, apportionScratch(years, n), (h) => Array.from(h));
}

/** Buffers for wholeHouseholdsFlat on `years` × n, reused between runs. */
export interface ApportionScratch {
	/** year-major: cumulative X and its floor (the households due by then) */
	cum: Float64Array;
	due: Float64Array;
	totals: Float64Array;
	/** H_i so far */
	given: Float64Array;
	deadlinePointer: Int32Array;
	candidates: Int32Array;
	deadline: Int32Array;
	claim: Float64Array;
	perDeadline: Int32Array;
	scratch: Float64Array;
	/** this year's households */
	h: Float64Array;
}

export function apportionScratch(years: number, n: number): ApportionScratch {
	return {
		cum: new Float64Array(years * n),
		due: new Float64Array(years * n),
		totals: new Float64Array(years),
		given: new Float64Array(n),
		deadlinePointer: new Int32Array(n),
		candidates: new Int32Array(n),
		deadline: new Int32Array(n),
		claim: new Float64Array(n),
		perDeadline: new Int32Array(years + 1),
		scratch: new Float64Array(n),
		h: new Float64Array(n)
	};
}

/**
 * wholeHouseholds on a flat year-major `exact` (year t, municipality i at t·n + i); each year's
 * households leave through `output` (which must copy them: the buffer is reused).
 */
export function wholeHouseholdsFlat<T>(
	exact: Float64Array,
	years: number,
	n: number,
	s: ApportionScratch,
	output: (h: Float64Array) => T
): T[] {
	const { cum, due, totals, given, deadlinePointer, candidates, deadline, claim, h } = s;
	for (let t = 0; t < years; t++) {
		const at = t * n;
		let total = 0;
		for (let i = 0; i < n; i++) {
			const x = (t > 0 ? cum[at - n + i]! : 0) + exact[at + i]!;
			cum[at + i] = x;
			due[at + i] = floorTol(x);
			total += x;
		}
		totals[t] = roundHalfUp(total);
	}

	given.fill(0);
	deadlinePointer.fill(0);
	const out: T[] = [];
	for (let t = 0; t < years; t++) {
		const at = t * n;
		const k = totals[t]! - (t > 0 ? totals[t - 1]! : 0);
		let placed = 0;
		let count = 0;
		for (let i = 0; i < n; i++) {
			const owed = due[at + i]! - given[i]!;
			const now = owed > 0 ? owed : 0;
			h[i] = now;
			placed += now;
			const j = given[i]! + now + 1;
			if (ceilTol(cum[at + i]!) < j) continue;
			// Its deadline: the first later year whose floor reaches j (j never decreases, so the
			// pointer only moves forward); `years` means never within the horizon.
			let p = deadlinePointer[i]! > t ? deadlinePointer[i]! : t + 1;
			while (p < years && due[p * n + i]! < j) p++;
			deadlinePointer[i] = p;
			deadline[i] = p;
			claim[i] = cum[at + i]! - (j - 1);
			candidates[count++] = i;
		}
		let remaining = k - placed;
		if (remaining > 0 && count) {
			remaining -= handOut(remaining, count, s);
		}
		// The rule always succeeds (model.md §5.5); floating-point noise must still never lose or add
		// a household, so any mismatch goes to (or comes from) the largest (smallest) claim.
		if (remaining !== 0) settle(h, remaining, cum, given, at);
		for (let i = 0; i < n; i++) given[i]! += h[i]!;
		out.push(output(h));
	}
	return out;
}

/**
 * The first `count` of the `m` candidates in (deadline, larger claim, index) order each get one
 * more household; returns how many were given. Exact like a sort with that comparator, but on
 * typed arrays: deadlines are counted (small integers), and among the deadline where the cut
 * falls the claim at the cut is selected (linear time, no sort).
 */
function handOut(count: number, m: number, s: ApportionScratch): number {
	const { candidates, deadline, claim, h, perDeadline, scratch } = s;
	if (count >= m) {
		for (let c = 0; c < m; c++) h[candidates[c]!]!++;
		return m;
	}
	perDeadline.fill(0);
	for (let c = 0; c < m; c++) perDeadline[deadline[candidates[c]!]!]!++;
	let cut = 0;
	let before = 0;
	while (before + perDeadline[cut]! <= count) before += perDeadline[cut++]!;
	// Everyone due before the cut gets one; at the cut, `need` go by claim, then by index.
	let need = count - before;
	let atCut = 0;
	for (let c = 0; c < m; c++) {
		const i = candidates[c]!;
		if (deadline[i]! < cut) h[i]!++;
		else if (deadline[i] === cut) scratch[atCut++] = claim[i]!;
	}
	if (need === 0) return count;
	const threshold = selectKth(scratch, 0, atCut - 1, atCut - need);
	for (let c = 0; c < m; c++) {
		const i = candidates[c]!;
		if (deadline[i] === cut && claim[i]! > threshold) {
			h[i]!++;
			need--;
		}
	}
	for (let c = 0; c < m && need > 0; c++) {
		const i = candidates[c]!;
		if (deadline[i] === cut && claim[i] === threshold) {
			h[i]!++;
			need--;
		}
	}
	return count;
}

function settle(
	h: Float64Array,
	remaining: number,
	cum: Float64Array,
	given: Float64Array,
	at: number
) {
	const order = Array.from({ length: h.length }, (_, i) => i);
	const owed = (i: number) => cum[at + i]! - given[i]! - h[i]!;
	order.sort((a, b) => owed(b) - owed(a) || a - b);
	if (remaining < 0) order.reverse();
	let total = 0;
	for (let i = 0; i < h.length; i++) total += h[i]!;
	// Never below zero households: taking back stops when none are left.
	for (let k = 0; remaining > 0 || (remaining < 0 && total > 0); k++) {
		const i = order[k % order.length];
		const step = remaining > 0 ? 1 : h[i!]! > 0 ? -1 : 0;
		h[i!]! += step;
		total += step;
		remaining -= step;
	}
}
