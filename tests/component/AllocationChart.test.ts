import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { describe, expect, test } from 'vitest';
import AllocationChart from '$lib/charts/AllocationChart.svelte';
import { resultOf } from './fixtures';

// Target: available dwellings (centrum 93 %); fair share: inhabitants (centrum 83 %).
const overUnder = () =>
	resultOf({ key: { type: 'available' }, fairShareKey: { type: 'inhabitants' } });

const row = (container: HTMLElement, code: string) =>
	container.querySelector<SVGGElement>(`g.row[data-code="${code}"]`)!;
const barEnd = (g: SVGGElement) => {
	const bar = g.querySelector('rect.bar')!;
	return Number(bar.getAttribute('x')) + Number(bar.getAttribute('width'));
};
const tick = (g: SVGGElement) => Number(g.querySelector('line.fair')!.getAttribute('x1'));

describe('AllocationChart', () => {
	test('a municipality above its fair share has a bar longer than its mark, one below a shorter one', () => {
		const { container } = render(AllocationChart, { result: overUnder(), yearIndex: 0 });
		expect(barEnd(row(container, 'C'))).toBeGreaterThan(tick(row(container, 'C')));
		expect(barEnd(row(container, 'R'))).toBeLessThan(tick(row(container, 'R')));
	});

	test('over and under are labelled with the signed difference', () => {
		const { container } = render(AllocationChart, { result: overUnder(), yearIndex: 0 });
		// 92.92 − 83.33 = +9.6 → "+10"; the regiogemeente the opposite.
		expect(row(container, 'C').textContent).toContain('+10');
		expect(row(container, 'R').textContent).toContain('−10');
	});

	test('the table toggle shows the same numbers as the bars', async () => {
		const result = overUnder();
		const { container } = render(AllocationChart, { result, yearIndex: 0 });
		const fromBars = ['C', 'R'].map(
			(code) =>
				row(container, code)
					.getAttribute('aria-label')!
					.match(/Huishoudens: (\d+)/)![1]
		);
		await fireEvent.click(screen.getByRole('button', { name: 'Tabel' }));
		const table = screen.getByRole('table');
		const cells = ['Centrumgemeente', 'Regiogemeente'].map(
			(name) =>
				within(within(table).getByRole('row', { name: new RegExp(name) })).getAllByRole('cell')[1]!
					.textContent
		);
		expect(cells).toEqual(fromBars);
		expect(fromBars).toEqual(result.byYear[0]!.households.map(String));
		expect(container.querySelector('svg[role="list"]')).toBeNull();
	});

	test('warnings from the model are shown next to the chart', () => {
		render(AllocationChart, {
			result: overUnder(),
			yearIndex: 0,
			warnings: ['In 2026 kunnen 3 urgente huishoudens nergens geplaatst worden.']
		});
		expect(screen.getByRole('status')).toHaveTextContent('nergens geplaatst');
	});
});
