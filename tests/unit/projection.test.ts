/**
 * Yearly projection (projection.ts, model.md §4): inhabitants grow
 * geometrically, dwellings by new build, the social stock loses a share and
 * gains the social part of new build, the mutation rate moves and is clamped
 * to 0..1, and available = social stock × mutation rate.
 */
import { describe, expect, test } from 'vitest';
import { projectRegion } from '$lib/model/projection';
import type { Municipality } from '$lib/model/types';
import { bijlage5, inDelta } from './helpers';

const town = (extra: Partial<Municipality> = {}): Municipality => ({
	code: 'T',
	name: 'Teststad',
	inhabitants: 10_000,
	dwellings: 4_000,
	socialShare: 0.25,
	mutationRate: 0.05,
	...extra
});

describe('projectRegion', () => {
	test('on Bijlage 5 gives social stock 19 200 / 1 950 and relettings 1 536 / 117 in the base year', () => {
		const [base] = projectRegion(bijlage5().municipalities, 0);
		inDelta(Array.from(base!.socialStock), [19_200, 1_950], 1e-9);
		inDelta(Array.from(base!.available), [1_536, 117], 1e-9);
		expect(Array.from(base!.inhabitants)).toEqual([150_000, 30_000]);
	});

	test('returns years 0..horizon', () => {
		expect(projectRegion([town()], 7)).toHaveLength(8);
	});

	test('on a static municipality gives every year equal to year 0', () => {
		const years = projectRegion([town({ populationGrowth: 0, newDwellingsPerYear: 0 })], 5);
		for (const y of years) expect(y).toEqual(years[0]);
	});

	test('grows inhabitants by (1 + g)^t', () => {
		const years = projectRegion([town({ populationGrowth: 0.02 })], 10);
		inDelta(years[10]!.inhabitants[0]!, 10_000 * 1.02 ** 10, 1e-8);
		inDelta(years[1]!.inhabitants[0]!, 10_200, 1e-9);
	});

	test('adds new build to dwellings and its social part to the social stock', () => {
		const years = projectRegion(
			[town({ newDwellingsPerYear: 100, socialShareOfNewBuild: 0.3 })],
			3
		);
		expect(years.map((y) => y.dwellings[0])).toEqual([4_000, 4_100, 4_200, 4_300]);
		inDelta(
			years.map((y) => y.socialStock[0]!),
			[1_000, 1_030, 1_060, 1_090],
			1e-9
		);
		// The social share follows: S(t) / D(t).
		inDelta(years[3]!.socialStock[0]! / years[3]!.dwellings[0]!, 1_090 / 4_300, 1e-12);
	});

	test('takes the loss share off last year’s social stock before adding new build', () => {
		const years = projectRegion(
			[town({ socialStockLossPerYear: 0.1, newDwellingsPerYear: 50, socialShareOfNewBuild: 1 })],
			2
		);
		inDelta(years[1]!.socialStock[0]!, 1_000 * 0.9 + 50, 1e-9);
		inDelta(years[2]!.socialStock[0]!, (1_000 * 0.9 + 50) * 0.9 + 50, 1e-9);
	});

	test('moves the mutation rate by Δm a year and clamps it to 0..1', () => {
		const down = projectRegion([town({ mutationRateChangePerYear: -0.02 })], 4);
		inDelta(
			down.map((y) => y.mutationRate[0]!),
			[0.05, 0.03, 0.01, 0, 0],
			1e-15
		);
		const up = projectRegion([town({ mutationRate: 0.9, mutationRateChangePerYear: 0.06 })], 3);
		expect(up[2]!.mutationRate[0]).toBe(1);
		expect(up[3]!.available[0]).toBe(up[3]!.socialStock[0]);
	});

	test('gives available = social stock × mutation rate every year', () => {
		const years = projectRegion(
			[
				town({
					newDwellingsPerYear: 80,
					socialShareOfNewBuild: 0.4,
					socialStockLossPerYear: 0.01,
					mutationRateChangePerYear: 0.003
				})
			],
			6
		);
		for (const y of years) inDelta(y.available[0]!, y.socialStock[0]! * y.mutationRate[0]!, 1e-12);
	});

	test('does not change the municipalities', () => {
		const m = town({ populationGrowth: 0.01, newDwellingsPerYear: 10 });
		const before = structuredClone(m);
		projectRegion([Object.freeze(m)], 3);
		expect(m).toEqual(before);
	});
});
