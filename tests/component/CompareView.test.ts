import { render, screen, within } from '@testing-library/svelte';
import { afterEach, describe, expect, test } from 'vitest';
import { i18n } from '$lib/i18n/i18n.svelte';
import { runScenario } from '$lib/model';
import { setKeyType } from '$lib/state/edits';
import CompareHarness from './CompareHarness.svelte';
import { bijlage5Scenario } from './fixtures';

const a = bijlage5Scenario();
const b = setKeyType(a, 'available');
const candidates = [
	{ id: 'current', name: 'Huidig scenario', scenario: a },
	{ id: 'saved', name: 'Beschikbaar', scenario: b }
];

afterEach(() => (i18n.lang = 'nl'));

describe('CompareView', () => {
	test('shows what differs in the settings and the engine’s numbers per municipality', async () => {
		render(CompareHarness, { candidates });
		const settings = await screen.findByRole('rowheader', { name: 'Verdeelsleutel' });
		const keyRow = settings.closest('tr')!;
		expect(keyRow).toHaveClass('differs');
		expect(
			within(keyRow)
				.getAllByRole('cell')
				.map((c) => c.textContent)
		).toEqual(['Inwoners', 'Beschikbare sociale huurwoningen']);
		// The demand row names the groups, not their ids.
		const demand = screen.getByRole('rowheader', { name: 'Vraag per jaar' }).closest('tr')!;
		expect(demand.textContent).not.toMatch(/uitstroom-/);

		const table = screen.getByRole('table', { name: /Per gemeente/ });
		const centrum = within(table)
			.getByRole('rowheader', { name: 'Centrumgemeente' })
			.closest('tr')!;
		const first = runScenario(a);
		if (!first.ok) throw new Error('refused');
		const i = first.result.codes.indexOf('C');
		expect(centrum.textContent).toContain(
			String(Math.round(first.result.byYear[0]!.households[i]!))
		);
	});

	test('in English the settings comparison is English', async () => {
		i18n.lang = 'en';
		render(CompareHarness, { candidates });
		const keyRow = (await screen.findByRole('rowheader', { name: 'Allocation key' })).closest(
			'tr'
		)!;
		expect(
			within(keyRow)
				.getAllByRole('cell')
				.map((c) => c.textContent)
		).toEqual(['Inhabitants', 'Available social-rent dwellings']);
	});
});

test('scenarios without a common year show dashes, not a broken view', async () => {
	const later = { ...a, baseYear: a.baseYear + 20, horizonYears: 2 };
	render(CompareHarness, {
		candidates: [candidates[0]!, { id: 'later', name: 'Later', scenario: later }]
	});
	const table = await screen.findByRole('table', { name: /Per gemeente/ });
	const centrum = within(table).getByRole('rowheader', { name: 'Centrumgemeente' }).closest('tr')!;
	const cells = within(centrum)
		.getAllByRole('cell')
		.map((c) => c.textContent);
	expect(cells.filter((t) => t === '–').length).toBeGreaterThanOrEqual(4);
});
