/**
 * Whole households over the whole horizon (apportion.ts, model.md §5.5):
 * yearly totals K(t) from the rounded cumulative exact allocation, handed
 * out earliest deadline first, ties to the larger claim then the earlier
 * municipality; cumulative households always floor or ceil of the
 * cumulative exact allocation.
 */
import { describe, expect, test } from 'vitest';
import { roundHalfUp, wholeHouseholds } from '$lib/model/apportion';

const cumulative = (years: number[][]) => {
	const out: number[][] = [];
	years.forEach((row, t) => out.push(row.map((x, i) => x + (t ? out[t - 1]![i]! : 0))));
	return out;
};

/** The largest |H_i(t) − X_i(t)| over all i and t. */
function largestGap(exact: number[][], households: number[][]): number {
	const X = cumulative(exact);
	const H = cumulative(households);
	return Math.max(...X.flatMap((row, t) => row.map((x, i) => Math.abs(H[t]![i]! - x))));
}

describe('roundHalfUp', () => {
	test('rounds .5 up and below .5 down', () => {
		expect([0, 0.49, 0.5, 1.5, 2.4, 2.5].map(roundHalfUp)).toEqual([0, 0, 1, 2, 2, 3]);
	});

	test('reads 2.4999999999999996 (floating-point noise) as 2.5', () => {
		expect(roundHalfUp(2.4999999999999996)).toBe(3);
	});
});

describe('wholeHouseholds', () => {
	test('on Bijlage 5 (83⅓, 16⅔ a year) gives 83/17, 84/16, 83/17, 83/17, 84/16', () => {
		const x = [250 / 3, 50 / 3];
		expect(wholeHouseholds([x, x, x, x, x])).toEqual([
			[83, 17],
			[84, 16],
			[83, 17],
			[83, 17],
			[84, 16]
		]);
	});

	test('places round(cumulative) − round(previous cumulative) a year: 0.5 a year gives 1, 0, 1, 0', () => {
		expect(wholeHouseholds([[0.5], [0.5], [0.5], [0.5]]).map((h) => h[0])).toEqual([1, 0, 1, 0]);
	});

	test('gives the household whose deadline comes first, whatever the remainders say', () => {
		// Both are owed 0.5 now; the first reaches a whole household next year (1.4), the second
		// never (0.6): the first gets it now, the second next year (claim 0.6 against 0.4).
		expect(
			wholeHouseholds([
				[0.5, 0.5],
				[0.9, 0.1]
			])
		).toEqual([
			[1, 0],
			[0, 1]
		]);
		expect(
			wholeHouseholds([
				[0.5, 0.5],
				[0.1, 0.9]
			])
		).toEqual([
			[0, 1],
			[1, 0]
		]);
	});

	test('breaks a tie on deadline by the larger claim, then by the earlier municipality', () => {
		// One year, so no deadline after it. The second is due 1 (floor 1.25); one more goes out
		// (round(1.5) = 2): claims 0.25 and 0.25 tie, so the earlier municipality.
		expect(wholeHouseholds([[0.25, 1.25]])).toEqual([[1, 1]]);
		expect(wholeHouseholds([[0.4, 0.6]])).toEqual([[0, 1]]);
		expect(wholeHouseholds([[0.5, 0.5]])).toEqual([[1, 0]]);
		expect(wholeHouseholds([[1 / 3, 1 / 3, 1 / 3]])).toEqual([[1, 0, 0]]);
	});

	test('keeps a municipality within one household where yearly largest remainder lost it', () => {
		// The year-by-year rule gave A and B their households in year 1 and then had none for C.
		const exact = [
			[0.6968, 0.6968, 0.1564],
			[0, 0, 0.89993]
		];
		const h = wholeHouseholds(exact);
		expect(h.map((row) => row.reduce((a, b) => a + b, 0))).toEqual([2, 0]);
		expect(largestGap(exact, h)).toBeLessThan(1);
	});

	test('never gives a negative number and sums to K(t) every year', () => {
		const exact = [
			[3.2, 0, 0.7],
			[0, 0, 0],
			[0.1, 5.55, 0.02],
			[2.5, 2.5, 0]
		];
		const h = wholeHouseholds(exact);
		let before = 0;
		exact.forEach((row, t) => {
			const total = roundHalfUp(cumulative(exact)[t]!.reduce((a, b) => a + b, 0));
			expect(h[t]!.reduce((a, b) => a + b, 0)).toBe(total - before);
			expect(h[t]!.every((x) => Number.isInteger(x) && x >= 0)).toBe(true);
			before = total;
		});
		expect(largestGap(exact, h)).toBeLessThan(1);
	});

	test('no years: no households', () => {
		expect(wholeHouseholds([])).toEqual([]);
	});
});
