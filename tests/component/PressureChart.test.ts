import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { describe, expect, test } from 'vitest';
import PressureChart from '$lib/charts/PressureChart.svelte';
import { resultOf } from './fixtures';

// 40 statushouders by inhabitants give the regiogemeente 6.7 households on 117 relettings (5.7 %),
// the centrum 33.3 on 1 536 (2.2 %): with a cap of 4 % only the regiogemeente is over it.
const withStatushouders = (capShare: number | null) =>
	resultOf({
		demand: [
			{ group: 'uitstroom-bw', perYear: 10, trendPerYear: 0, distributable: true },
			{ group: 'statushouders', perYear: 40, distributable: false, statushouders: true }
		],
		bounds: { capShare, floorShare: 0 }
	});

const row = (container: HTMLElement, code: string) =>
	container.querySelector<SVGGElement>(`g.row[data-code="${code}"]`)!;
const barEnd = (g: SVGGElement) => {
	const bar = g.querySelector('rect.bar')!;
	return Number(bar.getAttribute('x')) + Number(bar.getAttribute('width'));
};

describe('PressureChart', () => {
	test('a municipality over the cap reaches past the cap line and says so; one under it does not', () => {
		const result = withStatushouders(0.04);
		const { container } = render(PressureChart, { result, yearIndex: 0, capShare: 0.04 });
		const cap = Number(container.querySelector('line.cap')!.getAttribute('x1'));
		expect(barEnd(row(container, 'R'))).toBeGreaterThan(cap);
		expect(row(container, 'R').textContent).toContain('boven maximum');
		expect(barEnd(row(container, 'C'))).toBeLessThan(cap);
		expect(row(container, 'C').textContent).not.toContain('boven maximum');
	});

	test('without a cap there is no cap line and nothing is flagged', () => {
		const { container } = render(PressureChart, {
			result: withStatushouders(null),
			yearIndex: 0,
			capShare: null
		});
		expect(container.querySelector('line.cap')).toBeNull();
		expect(container.textContent).not.toContain('boven maximum');
	});

	test('the table shows the relettings and the pressure of the model', async () => {
		const result = withStatushouders(0.04);
		render(PressureChart, { result, yearIndex: 0, capShare: 0.04 });
		await fireEvent.click(screen.getByRole('button', { name: 'Tabel' }));
		const regio = within(screen.getByRole('table')).getByRole('row', { name: /Regiogemeente/ });
		const cells = within(regio)
			.getAllByRole('cell')
			.map((c) => c.textContent);
		expect(cells[0]).toBe('117');
		const share = result.byYear[0]!.priorityShare[1]!;
		expect(cells[1]).toBe(`${(Math.round(share * 1000) / 10).toString().replace('.', ',')}%`);
	});

	test('the change for regular home seekers is labelled in words, and explained in the table', async () => {
		// No statushouders counted as a loss: the regiogemeente loses 10/6 against its 6 today, i.e. gains.
		const result = withStatushouders(null);
		const { container } = render(PressureChart, { result, yearIndex: 0, capShare: null });
		const change = result.byYear[0]!.regularChange;
		expect(change[1]).toBeCloseTo(6 - 10 / 6, 9);
		expect(row(container, 'R').textContent).toContain('t.o.v. nu: 4 meer');
		expect(row(container, 'C').textContent).toContain('t.o.v. nu: 86 meer');
		expect(container.textContent).toContain(
			't.o.v. nu: … minder/meer vrijkomende woningen voor regulier woningzoekenden'
		);
		await fireEvent.click(screen.getByRole('button', { name: 'Tabel' }));
		expect(screen.getByText(/tellen dus niet als verlies/)).toBeVisible();
	});
});
