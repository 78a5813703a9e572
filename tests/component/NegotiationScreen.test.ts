import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { describe, expect, test } from 'vitest';
import { DEFAULT_UNCERTAINTY_RUNS, exploreScenario, type Scenario } from '$lib/model';
import { chunkRanges } from '$lib/model/chunks';
import { createBandPool } from '$lib/sim/bandPool';
import { inProcessWorkers, type ChunkLog } from '../unit/bandWorkers';
import ScreenHarness from './ScreenHarness.svelte';
import { bijlage5Scenario } from './fixtures';

// The pure engine stands in for the worker (jsdom has none); the wiring is the app's own.
const pure = async (s: Scenario) => exploreScenario(s);

describe('NegotiationScreen', () => {
	test('a warning appears when the model reports households that cannot be placed', async () => {
		render(ScreenHarness, {
			scenario: bijlage5Scenario({ bounds: { capShare: 0.01, floorShare: 0 } }),
			run: pure
		});
		await waitFor(() => expect(screen.getByText(/nergens geplaatst/)).toBeInTheDocument());
		expect(screen.getByTestId('unplaced')).not.toHaveTextContent(/^0$/);
	});

	test('no warning when every household is placed', async () => {
		render(ScreenHarness, { scenario: bijlage5Scenario(), run: pure });
		await waitFor(() => expect(screen.getByTestId('unplaced')).toHaveTextContent(/^0$/));
		expect(screen.queryByText(/nergens geplaatst/)).toBeNull();
	});

	test('choosing a key reruns the model and the summary marks it', async () => {
		render(ScreenHarness, { scenario: bijlage5Scenario(), run: pure });
		await fireEvent.click(
			await screen.findByRole('radio', { name: 'Beschikbare sociale huurwoningen' })
		);
		await waitFor(() =>
			expect(document.querySelector('g.row[data-code="C"]')?.getAttribute('aria-label')).toMatch(
				/Huishoudens: 93/
			)
		);
	});

	test('a typed value out of range is refused with a Dutch message and changes nothing', async () => {
		render(ScreenHarness, { scenario: bijlage5Scenario(), run: pure });
		const typed = await screen.findByRole('textbox', { name: 'Mutatiegraad (getal)' });
		await fireEvent.input(typed, { target: { value: '140' } });
		await fireEvent.change(typed);
		expect(screen.getByRole('alert')).toHaveTextContent(
			'Mutatiegraad: vul een getal tussen 0 en 25 in'
		);
		// The slider shows the regional average weighted by social stock: (1536 + 117) / 21150 = 7,8 %.
		expect(screen.getByRole('slider', { name: 'Mutatiegraad' })).toHaveValue('7.8');
	});
});

describe('DemandEditor', () => {
	test('a group the user adds can be named, and a name already in use is refused', async () => {
		render(ScreenHarness, { scenario: bijlage5Scenario(), run: pure });
		await fireEvent.click(await screen.findByRole('button', { name: /Groep toevoegen/ }));
		const name = screen.getByRole('textbox', { name: 'Naam van de groep Eigen groep 1' });
		await fireEvent.change(name, { target: { value: 'Dakloze jongeren' } });
		expect(
			await screen.findByRole('textbox', { name: 'Naam van de groep Dakloze jongeren' })
		).toHaveValue('Dakloze jongeren');
		const again = screen.getByRole('textbox', { name: 'Naam van de groep Dakloze jongeren' });
		await fireEvent.change(again, { target: { value: 'uitstroom-bw' } });
		expect(screen.getByRole('alert')).toHaveTextContent('deze groep staat er al eerder in');
	});
});

describe('the uncertainty band on its worker pool', () => {
	test('shows its progress while it computes, and a scenario change cancels it', async () => {
		const log: ChunkLog = new Map();
		// The band workers' own code, in this process: jsdom has no workers.
		const pool = createBandPool(2, inProcessWorkers(log, 40));
		render(ScreenHarness, {
			scenario: bijlage5Scenario(),
			run: pure,
			uncertainty: (s: Scenario, progress: (done: number) => void) => pool.compute(s, progress),
			cancelUncertainty: () => pool.cancel()
		});
		await fireEvent.click(await screen.findByRole('checkbox', { name: 'Onzekerheid (P10–P90)' }));
		const progress = await screen.findByRole('progressbar', {
			name: 'Onzekerheidsband wordt berekend'
		});
		await waitFor(() => expect(Number(progress.getAttribute('value'))).toBeGreaterThan(0));
		expect(document.querySelector('path.band')).toBeNull();
		// The scenario changes while the band computes.
		await fireEvent.click(screen.getByRole('radio', { name: 'Beschikbare sociale huurwoningen' }));
		await waitFor(() => expect(document.querySelector('path.band')).not.toBeNull(), {
			timeout: 10_000
		});
		expect(
			screen.queryByRole('progressbar', { name: 'Onzekerheidsband wordt berekend' })
		).toBeNull();
		const chunks = chunkRanges(DEFAULT_UNCERTAINTY_RUNS).length;
		const [first, second] = [...log.values()];
		// The first band stopped after the chunks in flight; the band shown is the new scenario's.
		expect(first).toBeLessThan(chunks);
		expect(second).toBe(chunks);
	});
});
