/** Component tests of the charts without a suite of their own: TimeChart, KeysChart, MapChart. */
import { readFileSync } from 'node:fs';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import { afterEach, describe, expect, test, vi } from 'vitest';
import KeysChart from '$lib/charts/KeysChart.svelte';
import MapChart from '$lib/charts/MapChart.svelte';
import TimeChart from '$lib/charts/TimeChart.svelte';
import { DEFAULT_REGION_ID, scenarioForRegion } from '$lib/data/regions';
import { exploreScenario, simulate } from '$lib/model';
import { bijlage5Scenario } from './fixtures';

const cells = (table: HTMLElement, name: string) =>
	within(table).getByRole('rowheader', { name }).closest('tr')!.querySelectorAll('td');

describe('TimeChart', () => {
	test('its table holds the households of every year and the balance of the shown year', async () => {
		const scenario = bijlage5Scenario({ growthPath: { years: 3, gamma: 1 } });
		const result = simulate(scenario);
		render(TimeChart, { result, yearIndex: 2 });
		await fireEvent.click(screen.getAllByRole('button', { name: 'Tabel' })[0]!);
		const table = screen.getByRole('table', { name: 'In de tijd' });
		const headers = within(table)
			.getAllByRole('columnheader')
			.map((h) => h.textContent);
		for (const y of result.years) expect(headers).toContain(String(y));
		expect(headers).toContain(`Saldo ${result.years[2]}`);
		const centrum = cells(table, 'Centrumgemeente');
		const i = result.codes.indexOf('C');
		expect(centrum[0]!.textContent).toBe(String(Math.round(result.byYear[0]!.households[i]!)));
	});
});

describe('KeysChart', () => {
	test('Figuur 2 and the three keys table show the same households as the model', async () => {
		const outcome = exploreScenario(bijlage5Scenario());
		if (!outcome.ok) throw new Error('refused');
		render(KeysChart, { result: outcome.result, comparison: outcome.comparison, yearIndex: 0 });
		await fireEvent.click(screen.getByRole('button', { name: 'Tabel' }));
		const table = screen.getByRole('table', { name: 'De drie sleutels naast elkaar' });
		const i = outcome.result.codes.indexOf('C');
		const row = cells(table, 'Centrumgemeente');
		const inhabitants = Math.round(outcome.comparison.inhabitants.households[0]![i]!);
		const available = Math.round(outcome.comparison.available.households[0]![i]!);
		expect(row[0]!.textContent).toBe(String(inhabitants));
		expect(row[2]!.textContent).toBe(String(available));
	});
});

describe('MapChart', () => {
	afterEach(() => vi.unstubAllGlobals());

	test('draws every municipality of the region, named and with its difference', async () => {
		// Only the network is stood in for: the map file itself is the app's.
		const topo = readFileSync('static/data/gemeenten_2025.topojson');
		vi.stubGlobal('fetch', async () => new Response(topo));
		const scenario = scenarioForRegion(DEFAULT_REGION_ID).scenario;
		const result = simulate(scenario);
		const { container } = render(MapChart, { result, yearIndex: 0 });
		const map = await screen.findByRole('list', { name: 'Op de kaart' });
		const paths = within(map).getAllByRole('listitem');
		expect(paths.map((p) => p.getAttribute('data-code')).sort()).toEqual([...result.codes].sort());
		const first = container.querySelector(`path[data-code="${result.codes[0]}"]`)!;
		// The names follow right after the colours' frame.
		await waitFor(() => expect(first.getAttribute('aria-label')).toContain(result.names[0]));
		expect(first.getAttribute('aria-label')).toMatch(/Verschil: [−+]?\d/);
		expect(first.getAttribute('fill')).toMatch(/^rgb/);
	});
});
