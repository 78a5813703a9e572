/**
 * Growth path (growthPath.ts, model.md §5.2): α(t) = min(1, (t/Y)^γ) and
 * q(t) = (1 − α)·q0 + α·p(t).
 */
import { describe, expect, test } from 'vitest';
import { pathProgress, pathShares } from '$lib/model/growthPath';
import { inDelta } from './helpers';

describe('pathProgress', () => {
	test('with γ = 1 over 5 years moves a fifth each year', () => {
		inDelta(
			[1, 2, 3, 4, 5].map((t) => pathProgress(t, 5, 1)),
			[0.2, 0.4, 0.6, 0.8, 1],
			1e-15
		);
	});

	test('stays at 1 after the last year of the path', () => {
		expect(pathProgress(6, 5, 1)).toBe(1);
		expect(pathProgress(30, 5, 0.3)).toBe(1);
	});

	test('with Y = 0 is 1 from the first year (no path)', () => {
		expect(pathProgress(1, 0, 1)).toBe(1);
		expect(pathProgress(1, 0, 5)).toBe(1);
	});

	test('with γ = 0.5 is front-loaded: √(1/4) = 0.5 after one of four years', () => {
		inDelta(pathProgress(1, 4, 0.5), 0.5, 1e-15);
		expect(pathProgress(1, 4, 0.5)).toBeGreaterThan(pathProgress(1, 4, 1));
	});

	test('with γ = 2 is back-loaded: (1/4)² = 1/16 after one of four years', () => {
		inDelta(pathProgress(1, 4, 2), 1 / 16, 1e-15);
		expect(pathProgress(3, 4, 2)).toBeLessThan(pathProgress(3, 4, 1));
	});

	test('increases every year for any γ', () => {
		for (const gamma of [0.1, 0.5, 1, 2, 10]) {
			const alphas = Array.from({ length: 8 }, (_, t) => pathProgress(t + 1, 8, gamma));
			for (let t = 1; t < alphas.length; t++) expect(alphas[t]).toBeGreaterThan(alphas[t - 1]!);
		}
	});
});

describe('pathShares', () => {
	const today = Float64Array.from([0.94, 0.06]);
	const target = Float64Array.from([5 / 6, 1 / 6]);

	test('halfway from 94/6 to 5/6 on Bijlage 5 gives the mean of both', () => {
		const q = pathShares(today, target, 0.5);
		inDelta(Array.from(q), [(0.94 + 5 / 6) / 2, (0.06 + 1 / 6) / 2], 1e-15);
	});

	test('at α = 0 is today’s distribution', () => {
		inDelta(Array.from(pathShares(today, target, 0)), [0.94, 0.06], 0);
	});

	test('at α = 1 is the target itself', () => {
		expect(pathShares(today, target, 1)).toBe(target);
	});

	test('without today’s distribution is the target (the path is moot)', () => {
		expect(pathShares(null, target, 0.2)).toBe(target);
	});

	test('keeps the shares summing to 1', () => {
		const q = pathShares(today, target, 0.37);
		inDelta(q[0]! + q[1]!, 1, 1e-15);
	});

	test('does not change its inputs', () => {
		pathShares(today, target, 0.5);
		expect(Array.from(today)).toEqual([0.94, 0.06]);
		expect(Array.from(target)).toEqual([5 / 6, 1 / 6]);
	});
});
