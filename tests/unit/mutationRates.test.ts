/** The mutation-rate shift, its label figures and the equal-rates condition (state/mutationRates.ts). */
import { describe, expect, test } from 'vitest';
import type { Municipality, Scenario } from '$lib/model';
import {
	mutationRateSummary,
	mutationRatesEqual,
	sameMutationRate,
	shiftAverageTo,
	shiftMutationRates,
	shownAverage
} from '$lib/state/mutationRates';
import { bijlage5 } from './helpers';

const town = (code: string, dwellings: number, socialShare: number, mutationRate: number) =>
	({ code, name: code, inhabitants: 1000, dwellings, socialShare, mutationRate }) as Municipality;

const region = (...municipalities: Municipality[]): Scenario => ({ ...bijlage5(), municipalities });

describe('summary', () => {
	test('the average is weighted by social stock, with the range', () => {
		// Social stock 300 at 9,1 % and 100 at 4,8 %: (300·0,091 + 100·0,048) / 400 = 0,08025.
		const s = mutationRateSummary([town('E', 1000, 0.3, 0.091), town('T', 1000, 0.1, 0.048)]);
		expect(s.average).toBeCloseTo(0.08025, 12);
		expect(s).toMatchObject({ min: 0.048, max: 0.091 });
	});

	test('without any social stock the plain mean', () => {
		expect(mutationRateSummary([town('A', 0, 0, 0.06), town('B', 0, 0, 0.08)]).average).toBeCloseTo(
			0.07,
			12
		);
	});
});

describe('shift', () => {
	test('every municipality moves by the same points; differences stay', () => {
		const s = region(town('E', 1000, 0.3, 0.091), town('T', 1000, 0.1, 0.048));
		const up = shiftMutationRates(s, 0.001).municipalities.map((m) => m.mutationRate);
		expect(up).toEqual([0.092, 0.049]);
		expect(s.municipalities[0]!.mutationRate).toBe(0.091); // the input is left alone
	});

	test('clamped to 0–100 %', () => {
		const s = region(town('A', 1000, 0.3, 0.01), town('B', 1000, 0.3, 0.995));
		expect(shiftMutationRates(s, -0.02).municipalities.map((m) => m.mutationRate)).toEqual([
			0, 0.975
		]);
		expect(shiftMutationRates(s, 0.02).municipalities.map((m) => m.mutationRate)).toEqual([
			0.03, 1
		]);
	});

	test('one slider step (the shown average + 0,1 point) moves everyone by exactly 0,1 point', () => {
		const s = region(town('E', 1000, 0.3, 0.091), town('T', 1000, 0.1, 0.048));
		expect(shownAverage(s.municipalities)).toBe(0.08);
		const next = shiftAverageTo(s, 0.081);
		expect(next.municipalities.map((m) => m.mutationRate)).toEqual([0.092, 0.049]);
	});

	test('"the same for all" flattens on purpose', () => {
		const s = region(town('E', 1000, 0.3, 0.091), town('T', 1000, 0.1, 0.048));
		expect(sameMutationRate(s, 0.063).municipalities.map((m) => m.mutationRate)).toEqual([
			0.063, 0.063
		]);
	});
});

describe('equal-rates notice condition', () => {
	test('one rate everywhere: the two keys coincide', () => {
		expect(mutationRatesEqual([town('A', 1, 0.3, 0.07), town('B', 5, 0.2, 0.07)])).toBe(true);
	});
	test('different rates, or different changes per year: they differ', () => {
		expect(mutationRatesEqual([town('A', 1, 0.3, 0.07), town('B', 5, 0.2, 0.071)])).toBe(false);
		expect(
			mutationRatesEqual([
				town('A', 1, 0.3, 0.07),
				{ ...town('B', 5, 0.2, 0.07), mutationRateChangePerYear: 0.001 }
			])
		).toBe(false);
	});
	test('a single municipality needs no notice', () => {
		expect(mutationRatesEqual([town('A', 1, 0.3, 0.07)])).toBe(false);
	});
});
