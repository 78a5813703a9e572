/**
 * Allocation keys (keys.ts, model.md §2) on the Bijlage 5 region and on
 * small hand-made regions.
 */
import { describe, expect, test } from 'vitest';
import { basicWeights, keyShares, sharesOf } from '$lib/model/keys';
import { projectRegion, type YearValues } from '$lib/model/projection';
import { bijlage5, inDelta } from './helpers';

const bijlage5Values = () => projectRegion(bijlage5().municipalities, 0)[0];

function values(inhabitants: number[], socialStock: number[], available: number[]): YearValues {
	return {
		inhabitants: Float64Array.from(inhabitants),
		dwellings: Float64Array.from(socialStock, (s) => s * 4),
		socialStock: Float64Array.from(socialStock),
		mutationRate: Float64Array.from(socialStock, (s, i) => (s > 0 ? available[i]! / s : 0)),
		available: Float64Array.from(available)
	};
}

describe('sharesOf', () => {
	test('normalises weights to shares that sum to 1', () => {
		expect(Array.from(sharesOf([1, 3])!)).toEqual([0.25, 0.75]);
	});

	test('returns null when every weight is 0, never NaN', () => {
		expect(sharesOf([0, 0, 0])).toBeNull();
		expect(sharesOf([])).toBeNull();
	});

	test('keeps a zero weight at share 0', () => {
		expect(Array.from(sharesOf([0, 2, 2])!)).toEqual([0, 0.5, 0.5]);
	});
});

describe('keyShares on Bijlage 5', () => {
	test('inhabitants key gives the centrum 5/6 (0.8333)', () => {
		const p = keyShares({ type: 'inhabitants' }, bijlage5Values()!)!;
		inDelta(p[0]!, 5 / 6, 1e-12);
		inDelta(p[1]!, 1 / 6, 1e-12);
	});

	test('socialStock key gives the centrum 19 200 / 21 150 (0.9078)', () => {
		const p = keyShares({ type: 'socialStock' }, bijlage5Values()!)!;
		inDelta(p[0]!, 19_200 / 21_150, 1e-12);
		inDelta(p[0]!, 0.9078, 5e-5);
	});

	test('available key gives the centrum 1 536 / 1 653 (0.9292)', () => {
		const p = keyShares({ type: 'available' }, bijlage5Values()!)!;
		inDelta(p[0]!, 1536 / 1653, 1e-12);
		inDelta(p[0]!, 0.9292, 5e-5);
	});

	test('composite key ½ inhabitants + ½ available gives the mean of both shares', () => {
		const p = keyShares(
			{ type: 'composite', weights: { inhabitants: 0.5, socialStock: 0, available: 0.5 } },
			bijlage5Values()!
		)!;
		inDelta(p[0]!, (5 / 6 + 1536 / 1653) / 2, 1e-12);
		inDelta(p[0]! + p[1]!, 1, 1e-15);
	});

	test('composite key with all weight on one part equals that basic key', () => {
		const v = bijlage5Values();
		const composite = keyShares(
			{ type: 'composite', weights: { inhabitants: 0, socialStock: 1, available: 0 } },
			v!
		)!;
		expect(Array.from(composite)).toEqual(Array.from(keyShares({ type: 'socialStock' }, v!)!));
	});
});

describe('keyShares on small regions', () => {
	const region = values([100, 300, 0], [0, 50, 150], [0, 0, 0]);

	test('basicWeights reads the year values of the key', () => {
		expect(basicWeights('socialStock', region)).toBe(region.socialStock);
	});

	test('a basic key without any weight returns null', () => {
		expect(keyShares({ type: 'available' }, region)).toBeNull();
	});

	test('composite key gives a part without weight to the other parts', () => {
		// available has no weight anywhere: its 0.5 goes to inhabitants and socialStock pro rata.
		const p = keyShares(
			{ type: 'composite', weights: { inhabitants: 0.25, socialStock: 0.25, available: 0.5 } },
			region
		)!;
		inDelta(
			Array.from(p),
			[0.5 * 0.25 + 0.5 * 0, 0.5 * 0.75 + 0.5 * 0.25, 0.5 * 0 + 0.5 * 0.75],
			1e-15
		);
	});

	test('composite key whose weighted parts all lack weight returns null', () => {
		expect(
			keyShares(
				{ type: 'composite', weights: { inhabitants: 0, socialStock: 0, available: 1 } },
				region
			)
		).toBeNull();
	});

	test('a municipality without inhabitants gets share 0 on the inhabitants key', () => {
		expect(Array.from(keyShares({ type: 'inhabitants' }, region)!)).toEqual([0.25, 0.75, 0]);
	});
});
