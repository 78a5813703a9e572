import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { describe, expect, test } from 'vitest';
import SpreadingChart from '$lib/charts/SpreadingChart.svelte';
import { resultOf } from './fixtures';

// Bijlage 5 by social stock: the regiogemeente takes 9 % of 100 households.
const bySocialStock = () => resultOf({ key: { type: 'socialStock' } });

describe('SpreadingChart', () => {
	test('sorted highest first, with the regional average as a line', async () => {
		const result = resultOf({ key: { type: 'inhabitants' } });
		const { container } = render(SpreadingChart, { result, yearIndex: 0 });
		const codes = () =>
			[...container.querySelectorAll('g.row')].map((g) => g.getAttribute('data-code'));
		// By inhabitants every municipality is on the average per 1.000 inhabitants: 100 / 180 000.
		expect(screen.getByRole('img', { name: /^Regionaal gemiddelde: / })).toHaveAccessibleName(
			'Regionaal gemiddelde: 0,6 per 1.000 inwoners'
		);
		// Per 100 social-rent dwellings the regiogemeente (16,7 on 1 950) is far above the centrum
		// (83,3 on 19 200) and comes first.
		await fireEvent.change(
			screen.getByRole('combobox', { name: 'Per inwoners of per sociale huurwoningen' }),
			{ target: { value: 'perHundredSocial' } }
		);
		expect(codes()).toEqual(['R', 'C']);
		expect(screen.getByRole('img', { name: /^Regionaal gemiddelde: / })).toHaveAccessibleName(
			'Regionaal gemiddelde: 0,5 per 100 sociale huurwoningen'
		);
	});

	test("the table has both standardisations, today's distribution and the vulnerable concentration", async () => {
		const result = bySocialStock();
		render(SpreadingChart, { result, yearIndex: 0 });
		await fireEvent.click(screen.getByRole('button', { name: 'Tabel' }));
		const table = screen.getByRole('table');
		const headers = within(table)
			.getAllByRole('columnheader')
			.map((h) => h.textContent);
		const last = result.years[result.years.length - 1];
		expect(headers).toEqual([
			'Gemeente',
			`${result.years[0]}: per 1.000 inwoners`,
			`${result.years[0]}: per 100 sociale huurwoningen`,
			'Huidige verdeling: per 1.000 inwoners',
			'Kwetsbare inwoners nu (% van inwoners)',
			`Kwetsbare inwoners na ${last} (% van inwoners)`
		]);
		// Today 94 of 150 000 and 6 of 30 000; vulnerable 54 000 of 150 000 = 36 %.
		const centrum = within(table).getByRole('row', { name: /^Centrumgemeente/ });
		expect(centrum).toHaveTextContent('0,6');
		expect(centrum).toHaveTextContent('36%');
	});
});
