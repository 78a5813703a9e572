/**
 * The seed's worked example (Bijlage 5, model.md §2): two municipalities,
 * 100 urgent households a year. The figures the seed prints must come out.
 */
import { describe, expect, test } from 'vitest';
import type { BasicKeyType } from '$lib/model/types';
import { bijlage5, inDelta, run } from './helpers';

const withKey = (type: BasicKeyType) => ({ ...bijlage5(), key: { type } });

describe('simulate on Bijlage 5', () => {
	const result = run(bijlage5());

	test('inhabitants key gives the centrum 5/6 (0.8333)', () => {
		inDelta(result.keys.inhabitants[0]!, 0.8333, 5e-5);
		inDelta(result.keys.inhabitants[0]!, 5 / 6, 1e-12);
	});

	test('socialStock key gives the centrum 0.9078', () => {
		inDelta(result.keys.socialStock[0]!, 0.9078, 5e-5);
	});

	test('available key gives the centrum 0.9292', () => {
		inDelta(result.keys.available[0]!, 0.9292, 5e-5);
	});

	test('gives the centrum 0.90 of the vulnerable inhabitants', () => {
		inDelta(result.vulnerableShares!, [0.9, 0.1], 1e-12);
	});

	test('gives today’s distribution of urgents as 94 % / 6 %', () => {
		inDelta(result.currentShares!, [0.94, 0.06], 1e-12);
	});

	test('gives relettings 1 536 and 117 (the seed rounds to 1 540 and 120)', () => {
		for (const y of result.byYear) expect(y.relettings).toEqual([1536, 117]);
	});

	test('runs from 2026 to the horizon 2030', () => {
		expect(result.years).toEqual([2026, 2027, 2028, 2029, 2030]);
	});

	test('gives whole households that sum to 100 every year', () => {
		for (const y of result.byYear) {
			expect(y.households.every(Number.isInteger)).toBe(true);
			expect(y.households[0]! + y.households[1]!).toBe(100);
			expect(y.unplaced).toBe(0);
		}
	});

	test('gives the centrum 83 or 84 households a year, 5/6 of 100 on average', () => {
		const centrum = result.byYear.map((y) => y.households[0]!);
		for (const h of centrum) expect([83, 84]).toContain(h);
		expect(Math.abs(centrum.reduce((a, b) => a + b, 0) - 500 * (5 / 6))).toBeLessThan(1);
	});

	test('has an exact allocation of 83⅓ / 16⅔ and a ledger at 0 (target = fair share)', () => {
		inDelta(result.byYear[0]!.exact, [250 / 3, 50 / 3], 1e-9);
		inDelta(result.ledger, [0, 0], 1e-9);
	});

	test('has no warnings', () => {
		expect(result.warnings).toEqual([]);
	});
});

describe('spreading index on Bijlage 5', () => {
	const index = (type: BasicKeyType) => run(withKey(type)).byYear[0]!.spreadingIndex;

	test('is 0 for the inhabitants key', () => {
		inDelta(index('inhabitants'), 0, 1e-12);
	});

	test('orders the keys inhabitants < socialStock < available (the seed’s finding)', () => {
		expect(index('inhabitants')).toBeLessThan(index('socialStock'));
		expect(index('socialStock')).toBeLessThan(index('available'));
	});

	test('is the centrum’s share minus 5/6 for the socialStock and available keys', () => {
		inDelta(index('socialStock'), 19_200 / 21_150 - 5 / 6, 1e-12);
		inDelta(index('available'), 1536 / 1653 - 5 / 6, 1e-12);
	});
});
