/**
 * Look-ahead: a slider with focus or under the pointer has the scenarios one step either
 * side computed before they are asked for, and does so again after every change.
 */
import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { describe, expect, test } from 'vitest';
import { exploreScenario, type Scenario } from '$lib/model';
import ScreenHarness from './ScreenHarness.svelte';
import { bijlage5Scenario } from './fixtures';

/** The real engine, recording every scenario it is asked to compute. */
function recordingEngine() {
	const asked: Scenario[] = [];
	return { asked, run: async (s: Scenario) => (asked.push(s), exploreScenario(s)) };
}

const prices = (asked: Scenario[]) => asked.map((s) => s.compensation.pricePerHousehold);
const horizons = (asked: Scenario[]) => asked.map((s) => s.horizonYears);

describe('look-ahead', () => {
	test('hovering a slider computes both neighbours', async () => {
		const engine = recordingEngine();
		render(ScreenHarness, {
			scenario: bijlage5Scenario({ compensation: { pricePerHousehold: 2000 } }),
			run: engine.run
		});
		const price = await screen.findByRole('slider', { name: 'Compensatie per huishouden (€)' });
		await waitFor(() => expect(engine.asked.length).toBe(1));
		expect(prices(engine.asked)).toEqual([2000]);
		await fireEvent.pointerEnter(price);
		await waitFor(() => expect(prices(engine.asked)).toEqual([2000, 2500, 1500]));
		// Leaving withdraws the request: a change now computes no neighbours of this slider.
		await fireEvent.pointerLeave(price);
	});

	test('a focused and a hovered slider both have their neighbours computed, again after a step', async () => {
		const engine = recordingEngine();
		render(ScreenHarness, {
			scenario: bijlage5Scenario({ compensation: { pricePerHousehold: 2000 }, horizonYears: 10 }),
			run: engine.run
		});
		const price = await screen.findByRole('slider', { name: 'Compensatie per huishouden (€)' });
		const horizon = screen.getByRole('slider', { name: 'Horizon (jaren)' });
		await waitFor(() => expect(engine.asked.length).toBe(1));
		const years = 10;
		price.focus();
		await fireEvent.pointerEnter(horizon);
		await waitFor(() => {
			const ahead = engine.asked.slice(1);
			expect(
				prices(ahead)
					.filter((p) => p !== 2000)
					.sort((a, b) => a - b)
			).toEqual([1500, 2500]);
			expect(
				horizons(ahead)
					.filter((h) => h !== years)
					.sort((a, b) => a - b)
			).toEqual([years - 1, years + 1]);
		});
		// A step of the focused slider: its new value was computed ahead, its new neighbours follow.
		const before = engine.asked.length;
		await fireEvent.input(price, { target: { value: '2500' } });
		await waitFor(() => expect(prices(engine.asked.slice(before))).toContain(3000));
		// The hovered slider's neighbours are asked again on the new scenario.
		await waitFor(() =>
			expect(
				engine.asked
					.slice(before)
					.some((s) => s.compensation.pricePerHousehold === 2500 && s.horizonYears === years + 1)
			).toBe(true)
		);
	});
});
