/**
 * Whole households (apportion.ts, model.md §5.5): yearly totals from the
 * rounded cumulative placed demand, largest remainder on exact + carry, ties
 * to the larger exact value then the earlier municipality, floor(lower) and
 * floor(upper) respected, a household nobody can take left over.
 */
import { describe, expect, test } from 'vitest';
import { HouseholdRounder, roundHalfUp } from '$lib/model/apportion';

const f = (xs: number[]) => Float64Array.from(xs);
const total = (xs: ArrayLike<number>) => Array.from(xs).reduce((a, b) => a + b, 0);

/** Feed years of exact allocations to a fresh rounder; placed demand is their sum. */
function roundYears(years: number[][], lower?: number[][], upper?: number[][]) {
	const rounder = new HouseholdRounder(years[0].length);
	return years.map((x, t) =>
		rounder.next(f(x), total(x), lower ? f(lower[t]) : null, upper ? f(upper[t]) : null)
	);
}

describe('roundHalfUp', () => {
	test('rounds .5 up and below .5 down', () => {
		expect([0, 0.49, 0.5, 1.5, 2.4, 2.5].map(roundHalfUp)).toEqual([0, 0, 1, 2, 2, 3]);
	});

	test('reads 2.4999999999999996 (floating-point noise) as 2.5', () => {
		expect(roundHalfUp(2.4999999999999996)).toBe(3);
	});
});

describe('HouseholdRounder', () => {
	test('on Bijlage 5 (83⅓, 16⅔ a year) gives 83/17, 84/16, 83/17 and keeps the running totals within 1', () => {
		const x = [250 / 3, 50 / 3];
		const years = roundYears([x, x, x, x, x, x]);
		expect(years.map((y) => y.households)).toEqual([
			[83, 17],
			[84, 16],
			[83, 17],
			[83, 17],
			[84, 16],
			[83, 17]
		]);
		let cum = 0;
		years.forEach((y, t) => {
			cum += y.households[0];
			expect(Math.abs(cum - (t + 1) * x[0])).toBeLessThan(1);
			expect(y.leftover).toBe(0);
		});
	});

	test('places round(cumulative) - round(previous cumulative) a year: 0.5 a year gives 1, 0, 1, 0', () => {
		const years = roundYears([[0.5], [0.5], [0.5], [0.5]]);
		expect(years.map((y) => y.households[0])).toEqual([1, 0, 1, 0]);
	});

	test('gives a tie on remainder to the larger exact value', () => {
		// Remainders 0.25 and 0.25; two households to place (round(1.5) = 2).
		const [year] = roundYears([[0.25, 1.25]]);
		expect(year.households).toEqual([0, 2]);
	});

	test('gives a full tie to the earlier municipality', () => {
		const [year] = roundYears([[0.5, 0.5]]);
		expect(year.households).toEqual([1, 0]);
		const [three] = roundYears([[1 / 3, 1 / 3, 1 / 3]]);
		expect(three.households).toEqual([1, 0, 0]);
	});

	test('carries what a municipality is owed to the next year', () => {
		// Year 1 the second gets the household (0.6 > 0.4); year 2 the first is owed 0.4 + 0.4.
		const years = roundYears([
			[0.4, 0.6],
			[0.4, 0.6]
		]);
		expect(years.map((y) => y.households)).toEqual([
			[0, 1],
			[1, 0]
		]);
	});

	test('never goes below floor(lower), even against the carry', () => {
		// Without the floor the third municipality's claim (0.8) takes the last household from the second.
		const x = [
			[0.1, 0.4, 0.3],
			[2, 2, 1.5]
		];
		expect(roundYears(x)[1].households).toEqual([2, 1, 2]);
		const bounded = roundYears(x, [
			[0, 0, 0],
			[0, 2, 0]
		]);
		expect(bounded[1].households).toEqual([2, 2, 1]);
	});

	test('never goes above floor(upper) and gives the household to another municipality', () => {
		const [year] = roundYears([[3.6, 0.4]], undefined, [[3.6, Infinity]]);
		expect(year.households).toEqual([3, 1]);
		expect(year.leftover).toBe(0);
	});

	test('leaves a household over when every municipality is at floor(upper)', () => {
		const [year] = roundYears([[1.5, 1.5]], undefined, [[1.5, 1.5]]);
		expect(year.households).toEqual([1, 1]);
		expect(year.leftover).toBe(1);
	});

	test('never gives a negative number, and cannot take back a household given earlier', () => {
		// Year 1 rounds up A and B (remainders 0.70 against 0.16). In year 2 the path has moved all
		// demand to C and the region total is 0 (round(2.45) - round(1.55)): C ends 1.06 behind. This
		// is why model.md §5.5's "|Σh - Σx*| < 1" needs shares that do not jump (see properties.test.ts).
		const years = roundYears([
			[0.6968, 0.6968, 0.1564],
			[0, 0, 0.89993]
		]);
		expect(years.map((y) => y.households)).toEqual([
			[1, 1, 0],
			[0, 0, 0]
		]);
		expect(years[1].leftover).toBe(0);
	});
});
