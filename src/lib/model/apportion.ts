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
	// Year-major flat arrays: cumulative X and its floor (the households due by then).
	const cum = new Float64Array(years * n);
	const due = new Float64Array(years * n);
	const totals = new Float64Array(years);
	for (let t = 0; t < years; t++) {
		const row = exact[t]!;
		const at = t * n;
		let total = 0;
		for (let i = 0; i < n; i++) {
			const x = (t > 0 ? cum[at - n + i]! : 0) + row[i]!;
			cum[at + i] = x;
			due[at + i] = floorTol(x);
			total += x;
		}
		totals[t] = roundHalfUp(total);
	}

	const given = new Float64Array(n); // H_i so far
	const deadlinePointer = new Int32Array(n);
	const candidates: number[] = [];
	const deadline = new Int32Array(n);
	const claim = new Float64Array(n);
	const perDeadline = new Int32Array(years + 1);
	const scratch = new Float64Array(n);
	const out: number[][] = [];

	for (let t = 0; t < years; t++) {
		const at = t * n;
		const k = totals[t]! - (t > 0 ? totals[t - 1]! : 0);
		const h: number[] = [];
		let placed = 0;
		candidates.length = 0;
		for (let i = 0; i < n; i++) {
			const owed = due[at + i]! - given[i]!;
			const now = owed > 0 ? owed : 0;
			h.push(now);
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
			candidates.push(i);
		}
		let remaining = k - placed;
		if (remaining > 0 && candidates.length) {
			remaining -= handOut(remaining, candidates, deadline, claim, h, perDeadline, scratch);
		}
		// The rule always succeeds (model.md §5.5); floating-point noise must still never lose or add
		// a household, so any mismatch goes to (or comes from) the largest (smallest) claim.
		if (remaining !== 0) settle(h, remaining, cum, given, at);
		for (let i = 0; i < n; i++) given[i]! += h[i]!;
		out.push(h);
	}
	return out;
}

/**
 * The first `count` candidates in (deadline, larger claim, index) order each get one more
 * household; returns how many were given. Exact like a sort with that comparator, but on
 * typed arrays: deadlines are counted (small integers), and among the deadline where the cut
 * falls the claim at the cut is selected (linear time, no sort).
 */
function handOut(
	count: number,
	candidates: number[],
	deadline: Int32Array,
	claim: Float64Array,
	h: number[],
	perDeadline: Int32Array,
	scratch: Float64Array
): number {
	if (count >= candidates.length) {
		for (const i of candidates) h[i]!++;
		return candidates.length;
	}
	perDeadline.fill(0);
	for (const i of candidates) perDeadline[deadline[i]!]!++;
	let cut = 0;
	let before = 0;
	while (before + perDeadline[cut]! <= count) before += perDeadline[cut++]!;
	// Everyone due before the cut gets one; at the cut, `need` go by claim, then by index.
	let need = count - before;
	let m = 0;
	for (const i of candidates) {
		if (deadline[i]! < cut) h[i]!++;
		else if (deadline[i] === cut) scratch[m++] = claim[i]!;
	}
	if (need === 0) return count;
	const threshold = selectKth(scratch, 0, m - 1, m - need);
	for (const i of candidates) {
		if (deadline[i] === cut && claim[i]! > threshold) {
			h[i]!++;
			need--;
		}
	}
	for (const i of candidates) {
		if (need === 0) break;
		if (deadline[i] === cut && claim[i] === threshold) {
			h[i]!++;
			need--;
		}
	}
	return count;
}

function settle(
	h: number[],
	remaining: number,
	cum: Float64Array,
	given: Float64Array,
	at: number
) {
	const order = h.map((_, i) => i);
	const owed = (i: number) => cum[at + i]! - given[i]! - h[i]!;
	order.sort((a, b) => owed(b) - owed(a) || a - b);
	if (remaining < 0) order.reverse();
	let total = 0;
	for (const x of h) total += x;
	// Never below zero households: taking back stops when none are left.
	for (let k = 0; remaining > 0 || (remaining < 0 && total > 0); k++) {
		const i = order[k % order.length];
		const step = remaining > 0 ? 1 : h[i!]! > 0 ? -1 : 0;
		h[i!]! += step;
		total += step;
		remaining -= step;
	}
}
