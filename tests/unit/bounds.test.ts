/**
 * Bounds by water-filling (bounds.ts, model.md §5.4):
 * x_i = clamp(λ·q_i·N, lo_i, hi_i) with Σx = N, floors scaled down when they
 * ask for more than N, a floor above a cap giving way, and a shortfall when
 * the caps cannot hold N.
 */
import { describe, expect, test } from 'vitest';
import { allocateWithinBounds } from '$lib/model/bounds';
import { inDelta } from './helpers';

const f = (xs: number[]) => Float64Array.from(xs);
const list = (xs: Float64Array) => Array.from(xs);

describe('allocateWithinBounds', () => {
	test('with no bound binding gives q·N exactly', () => {
		const r = allocateWithinBounds(f([0.5, 0.3, 0.2]), 100, f([10, 10, 10]), f([60, 60, 60]));
		expect(list(r.allocation)).toEqual([50, 30, 20]);
		expect(r.shortfall).toBe(0);
		expect(r.floorsScaled).toBe(false);
	});

	test('without bounds (null) gives q·N', () => {
		const r = allocateWithinBounds(f([0.25, 0.75]), 8, null, null);
		expect(list(r.allocation)).toEqual([2, 6]);
	});

	test('with q (0.5, 0.3, 0.2), N 100 and a cap of 40 on the first gives (40, 36, 24)', () => {
		// The 10 above the cap go to the others in proportion 3:2 (λ = 1.2).
		const r = allocateWithinBounds(f([0.5, 0.3, 0.2]), 100, null, f([40, Infinity, Infinity]));
		inDelta(list(r.allocation), [40, 36, 24], 1e-12);
		expect(r.shortfall).toBe(0);
	});

	test('with a cap binding on two municipalities, the third takes the rest', () => {
		const r = allocateWithinBounds(f([0.4, 0.4, 0.2]), 100, null, f([30, 25, 100]));
		inDelta(list(r.allocation), [30, 25, 45], 1e-12);
	});

	test('with q (0.9, 0.1), N 100 and a floor of 20 on the second gives (80, 20)', () => {
		const r = allocateWithinBounds(f([0.9, 0.1]), 100, f([0, 20]), null);
		inDelta(list(r.allocation), [80, 20], 1e-12);
	});

	test('with floors adding up to more than N scales them down and says so', () => {
		const r = allocateWithinBounds(f([0.9, 0.1]), 100, f([90, 30]), null);
		inDelta(list(r.lower), [75, 25], 1e-12);
		inDelta(list(r.allocation), [75, 25], 1e-12);
		expect(r.floorsScaled).toBe(true);
		expect(r.shortfall).toBe(0);
	});

	test('with a floor above the cap lets the cap win', () => {
		const r = allocateWithinBounds(f([0.9, 0.1]), 100, f([0, 30]), f([100, 10]));
		inDelta(list(r.lower), [0, 10], 0);
		inDelta(list(r.allocation), [90, 10], 1e-12);
	});

	test('with caps that hold less than N puts every municipality at its cap and reports the shortfall', () => {
		const r = allocateWithinBounds(f([0.6, 0.4]), 100, null, f([30, 20]));
		expect(list(r.allocation)).toEqual([30, 20]);
		expect(r.shortfall).toBe(50);
	});

	test('with a cap of 0 everywhere places nothing and reports all demand short', () => {
		const r = allocateWithinBounds(f([0.6, 0.4]), 12.5, null, f([0, 0]));
		expect(list(r.allocation)).toEqual([0, 0]);
		expect(r.shortfall).toBe(12.5);
	});

	test('gives a municipality with path share 0 its floor, and nothing above it', () => {
		// λ·0·N = 0 for every λ: clamp(0, lo, hi) = lo, also when the others are full.
		const floor = allocateWithinBounds(f([1, 0]), 100, f([0, 10]), null);
		inDelta(list(floor.allocation), [90, 10], 1e-12);
		const full = allocateWithinBounds(f([1, 0]), 100, f([0, 5]), f([30, 50]));
		inDelta(list(full.allocation), [30, 5], 1e-12);
		inDelta(full.shortfall, 65, 1e-12);
	});

	test('places all demand within [lo, hi] when that is possible', () => {
		const q = f([0.05, 0.15, 0.3, 0.5]);
		const lo = f([8, 0, 5, 0]);
		const hi = f([50, 12, 50, 30]);
		const r = allocateWithinBounds(q, 90, lo, hi);
		inDelta(
			r.allocation.reduce((a, b) => a + b, 0),
			90,
			1e-9
		);
		r.allocation.forEach((x, i) => {
			expect(x).toBeGreaterThanOrEqual(lo[i]! - 1e-12);
			expect(x).toBeLessThanOrEqual(hi[i]! + 1e-12);
		});
		// The free municipality (the third) gets λ·q·N with the same λ as nobody else limits it.
		expect(r.allocation[1]).toBe(12);
		expect(r.allocation[3]).toBe(30);
		inDelta(r.allocation[2]!, 90 - 8 - 12 - 30, 1e-9);
	});

	test('does not change its inputs', () => {
		const q = f([0.5, 0.5]);
		const lo = f([60, 60]);
		const hi = f([50, 100]);
		allocateWithinBounds(q, 100, lo, hi);
		expect([list(q), list(lo), list(hi)]).toEqual([
			[0.5, 0.5],
			[60, 60],
			[50, 100]
		]);
	});
});
