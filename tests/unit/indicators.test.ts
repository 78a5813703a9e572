/**
 * Spreading index and compensation (indicators.ts, model.md §6).
 */
import { describe, expect, test } from 'vitest';
import { balancedCompensation, spreadingIndex } from '$lib/model/indicators';
import { inDelta } from './helpers';

describe('spreadingIndex', () => {
	test('is 0 for an allocation proportional to inhabitants', () => {
		inDelta(spreadingIndex([25, 75], [1_000, 3_000]), 0, 1e-15);
	});

	test('is 1 - share when everything goes to one municipality (Bijlage 5: 1/6)', () => {
		inDelta(spreadingIndex([100, 0], [150_000, 30_000]), 1 / 6, 1e-15);
	});

	test('on Bijlage 5 with the available key is 0.9292 - 0.8333', () => {
		inDelta(spreadingIndex([1536, 117], [150_000, 30_000]), 1536 / 1653 - 5 / 6, 1e-12);
	});

	test('is 0 when nothing is placed, never NaN', () => {
		expect(spreadingIndex([0, 0], [10, 20])).toBe(0);
		expect(spreadingIndex([1, 2], [0, 0])).toBe(0);
	});

	test('does not depend on the scale of either argument', () => {
		inDelta(
			spreadingIndex([3, 1, 6], [5, 5, 2]),
			spreadingIndex([30, 10, 60], [500, 500, 200]),
			1e-15
		);
	});
});

describe('balancedCompensation', () => {
	test('pays the price per household of the ledger when it balances', () => {
		expect(balancedCompensation([10, -4, -6], 1_000)).toEqual([10_000, -4_000, -6_000]);
	});

	test('scales the larger side down when the ledger sums below 0 (households unplaced)', () => {
		// Receivers claim 10, payers owe 20: payers pay half each.
		const c = balancedCompensation([10, -5, -15], 100);
		expect(c).toEqual([1_000, -250, -750]);
		inDelta(
			c.reduce((a, b) => a + b, 0),
			0,
			1e-9
		);
	});

	test('scales receivers down when they claim more than payers owe', () => {
		const c = balancedCompensation([6, 2, -4], 1);
		inDelta(c, [3, 1, -4], 1e-12);
	});

	test('with price 0 gives 0 everywhere, no -0', () => {
		const c = balancedCompensation([3, -3], 0);
		expect(c.every((x) => Object.is(x, 0))).toBe(true);
	});

	test('with receivers only (nobody owes) pays nothing', () => {
		expect(balancedCompensation([4, 0, 1], 10)).toEqual([0, 0, 0]);
	});

	test('with an all-zero ledger gives 0, never NaN', () => {
		expect(balancedCompensation([0, 0], 500)).toEqual([0, 0]);
	});
});
