import { scaleLinear } from 'd3';
import { describe, expect, test } from 'vitest';
import { fittingTicks, labelWidth, rowHeight } from '$lib/charts/frame.svelte';

const years = (width: number) => scaleLinear().domain([2026, 2035]).range([0, width]);
const gapBetween = (ticks: number[], scale: ReturnType<typeof years>) =>
	Math.min(...ticks.slice(1).map((t, i) => scale(t) - scale(ticks[i]!)));

describe('fittingTicks', () => {
	test('years on a 900 px axis at 18 px: every year, labels apart by more than their width', () => {
		const x = years(900);
		const ticks = fittingTicks(x, String, 18, 10);
		expect(ticks).toEqual([2026, 2027, 2028, 2029, 2030, 2031, 2032, 2033, 2034, 2035]);
		expect(gapBetween(ticks, x)).toBeGreaterThan(labelWidth('2035', 18));
	});

	test('years on a 300 px axis at 28 px thin out to labels that never touch', () => {
		const x = years(300);
		const ticks = fittingTicks(x, String, 28, 10);
		expect(ticks.length).toBeGreaterThanOrEqual(2);
		expect(ticks.length).toBeLessThan(10);
		expect(gapBetween(ticks, x)).toBeGreaterThan(labelWidth('2035', 28));
	});

	test('a wide domain on a narrow axis keeps at least one label', () => {
		const x = scaleLinear().domain([0, 250]).range([0, 40]);
		expect(fittingTicks(x, String, 18).length).toBeGreaterThanOrEqual(1);
	});
});

describe('rowHeight', () => {
	test('without room given: 1.9 lines', () => {
		expect(rowHeight(14, { text: 18, rows: null })).toBe(34);
	});

	test('with room: squeezed to fit, never below 1.3 lines', () => {
		expect(rowHeight(14, { text: 28, rows: 640 })).toBe(Math.round(640 / 14));
		expect(rowHeight(100, { text: 28, rows: 640 })).toBe(Math.round(28 * 1.3));
		expect(rowHeight(5, { text: 28, rows: 640 })).toBe(Math.round(28 * 1.9));
	});
});
