import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { describe, expect, test } from 'vitest';
import { scenarioForRegion } from '$lib/data/regions';
import { Workspace } from '$lib/state/workspace.svelte';
import TableHarness from './TableHarness.svelte';

/** The table on the arbeidsmarktregio Groningen (CBS figures, every mutation rate 7 %), opened. */
async function openTable(region = 'arbeidsmarktregio:groningen') {
	const ws = new Workspace(scenarioForRegion(region).scenario);
	render(TableHarness, { ws });
	await fireEvent.click(screen.getByRole('button', { name: 'Gegevens per gemeente bewerken' }));
	return ws;
}

const cell = (name: string) => screen.getByRole('textbox', { name }) as HTMLInputElement;

async function type(input: HTMLInputElement, text: string) {
	await fireEvent.input(input, { target: { value: text } });
	await fireEvent.change(input);
}

const byName = (ws: Workspace, name: string) =>
	ws.scenario.municipalities.find((m) => m.name === name)!;

describe('MunicipalityTable', () => {
	test('shows every municipality with its figures, shares in percent', async () => {
		const ws = await openTable();
		const groningen = byName(ws, 'Groningen');
		expect(screen.getByRole('dialog', { name: 'Gegevens per gemeente bewerken' })).toBeVisible();
		expect(cell('Mutatiegraad Groningen')).toHaveValue('7');
		expect(cell('Aandeel sociale huur Groningen')).toHaveValue(
			String(Math.round(groningen.socialShare * 100))
		);
		expect(cell('Inwoners Groningen')).toHaveValue(String(groningen.inhabitants));
		expect(screen.getAllByRole('textbox', { name: /^Mutatiegraad / })).toHaveLength(
			ws.scenario.municipalities.length
		);
	});

	test('an out-of-range percentage shows the Dutch message and changes nothing', async () => {
		const ws = await openTable();
		const before = ws.scenario;
		const input = cell('Mutatiegraad Groningen');
		await type(input, '140');
		const message =
			'Gemeente Groningen (GM0014), veld ‘mutatiegraad’ (mutationRate): mag hoogstens 100 % zijn, maar is 140 %.';
		expect(screen.getByText(message)).toBeVisible();
		expect(input).toHaveAttribute('aria-invalid', 'true');
		expect(input).toHaveAccessibleDescription(expect.stringContaining(message));
		expect(input).toHaveValue('140'); // kept, to be corrected
		expect(ws.scenario).toBe(before);
		expect(screen.queryByText('eigen invoer')).toBeNull();

		// Esc puts the value back and clears the message.
		await fireEvent.keyDown(input, { key: 'Escape' });
		expect(input).toHaveValue('7');
		expect(input).not.toHaveAttribute('aria-invalid');
		expect(screen.queryByText(message)).toBeNull();
	});

	test('a count out of range is refused by the model, text that is no number too', async () => {
		const ws = await openTable();
		const before = ws.scenario;
		const input = cell('Inwoners Groningen');
		await type(input, '-5');
		expect(
			screen.getByText(
				/^Gemeente Groningen \(GM0014\), veld ‘inwoners’ \(inhabitants\): moet minstens 0 zijn/
			)
		).toBeVisible();
		expect(ws.scenario).toBe(before);

		await type(cell('Woningvoorraad Assen'), 'veel');
		expect(
			screen.getByText(
				'Gemeente Assen (GM0106), veld ‘woningvoorraad’ (dwellings): ‘veel’ is geen getal.'
			)
		).toBeVisible();
		expect(ws.scenario).toBe(before);
	});

	test('a changed cell says "eigen invoer" and its reset brings back the CBS value', async () => {
		const ws = await openTable();
		const input = cell('Mutatiegraad Groningen');
		await type(input, '8,5');
		expect(byName(ws, 'Groningen').mutationRate).toBe(0.085);
		expect(input).toHaveValue('8,5');
		expect(input).toHaveAccessibleDescription('eigen invoer');
		expect(within(input.closest('td')!).getByText('eigen invoer')).toBeVisible();
		expect(screen.getAllByText('eigen invoer')).toHaveLength(1);
		expect(screen.getByText('Eigen invoer in 1 cellen.')).toBeVisible();
		expect(cell('Mutatiegraad Assen')).not.toHaveAccessibleDescription('eigen invoer');

		await fireEvent.click(
			screen.getByRole('button', { name: 'Terugzetten naar CBS-waarde: Mutatiegraad Groningen' })
		);
		expect(byName(ws, 'Groningen').mutationRate).toBe(0.07);
		expect(input).toHaveValue('7');
		expect(screen.queryByText('eigen invoer')).toBeNull();
		expect(ws.scenario.municipalities).toEqual(ws.baseline.municipalities);
	});

	test('typing the CBS value back also removes the mark', async () => {
		const ws = await openTable();
		const input = cell('Mutatiegraad Groningen');
		await type(input, '9');
		expect(screen.getAllByText('eigen invoer')).toHaveLength(1);
		await type(input, '7');
		expect(byName(ws, 'Groningen').mutationRate).toBe(0.07);
		expect(screen.queryByText('eigen invoer')).toBeNull();
	});

	test('pasting a column from Excel fills the cell and the cells below it', async () => {
		const ws = await openTable();
		const names = ws.scenario.municipalities.map((m) => m.name);
		const start = names.indexOf('Eemsdelta');
		expect(start).toBeGreaterThan(0);
		const target = cell(`Mutatiegraad ${names[start]}`);
		await fireEvent.paste(target, {
			clipboardData: { getData: () => '8,5\r\n9\r\n10,25%\r\n' }
		});
		const rates = ws.scenario.municipalities.map((m) => m.mutationRate);
		expect(rates.slice(start, start + 3)).toEqual([0.085, 0.09, 0.1025]);
		expect(rates.filter((_, i) => i < start || i >= start + 3).every((r) => r === 0.07)).toBe(true);
		expect(cell(`Mutatiegraad ${names[start + 1]}`)).toHaveValue('9');
		expect(cell(`Mutatiegraad ${names[start + 2]}`)).toHaveValue('10,25');
		expect(screen.getAllByText('eigen invoer')).toHaveLength(3);
		expect(screen.getByRole('status')).toHaveTextContent('3 cellen geplakt.');
	});

	test('a pasted block fills columns to the right too; empty cells stay as they are', async () => {
		const ws = await openTable();
		const [first, second] = ws.scenario.municipalities;
		await fireEvent.paste(cell(`Mutatiegraad ${first!.name}`), {
			clipboardData: { getData: () => '6\t120\n\t80\n' }
		});
		const [a, b] = ws.scenario.municipalities;
		expect(a!.mutationRate).toBe(0.06);
		expect(a!.currentUrgents).toBe(120);
		expect(b!.mutationRate).toBe(second!.mutationRate);
		expect(b!.currentUrgents).toBe(80);
	});

	test('a paste with one unreadable cell changes nothing and names that cell', async () => {
		const ws = await openTable();
		const before = ws.scenario;
		const names = ws.scenario.municipalities.map((m) => m.name);
		await fireEvent.paste(cell(`Mutatiegraad ${names[0]}`), {
			clipboardData: { getData: () => '8\nacht\n9\n' }
		});
		expect(ws.scenario).toBe(before);
		expect(
			screen.getByText(
				new RegExp(
					`^Gemeente ${names[1]} \\(GM\\d{4}\\), veld ‘mutatiegraad’ \\(mutationRate\\): ‘acht’ is geen getal; er is niets geplakt\\.$`
				)
			)
		).toBeVisible();
		expect(cell(`Mutatiegraad ${names[1]}`)).toHaveAttribute('aria-invalid', 'true');
		expect(cell(`Mutatiegraad ${names[0]}`)).toHaveValue('7');
	});

	test('a paste longer than the rest of the table changes nothing', async () => {
		const ws = await openTable();
		const before = ws.scenario;
		const n = ws.scenario.municipalities.length;
		const last = ws.scenario.municipalities[n - 1]!.name;
		await fireEvent.paste(cell(`Mutatiegraad ${last}`), {
			clipboardData: { getData: () => '8\n9\n' }
		});
		expect(ws.scenario).toBe(before);
		expect(screen.getByText(/het geplakte blok heeft 2 regels.*er is niets geplakt/)).toBeVisible();
	});

	test('arrow keys move between cells, Enter enters and moves down', async () => {
		const ws = await openTable();
		const names = ws.scenario.municipalities.map((m) => m.name);
		const i = names.indexOf('Groningen');
		const input = cell('Mutatiegraad Groningen');
		input.focus();
		input.select();
		await fireEvent.keyDown(input, { key: 'ArrowDown' });
		expect(document.activeElement).toBe(cell(`Mutatiegraad ${names[i + 1]}`));
		await fireEvent.keyDown(document.activeElement!, { key: 'ArrowUp' });
		expect(document.activeElement).toBe(input);
		await fireEvent.keyDown(input, { key: 'ArrowRight' });
		expect(document.activeElement).toBe(cell('Urgenten per jaar nu Groningen'));
		await fireEvent.keyDown(document.activeElement!, { key: 'ArrowLeft' });
		expect(document.activeElement).toBe(input);

		// The caret inside the text: left/right stay in the cell.
		input.setSelectionRange(0, 0);
		await fireEvent.keyDown(input, { key: 'ArrowRight' });
		expect(document.activeElement).toBe(input);

		await fireEvent.input(input, { target: { value: '9' } });
		await fireEvent.keyDown(input, { key: 'Enter' });
		expect(byName(ws, 'Groningen').mutationRate).toBe(0.09);
		expect(document.activeElement).toBe(cell(`Mutatiegraad ${names[i + 1]}`));
	});

	test('a data problem of a municipality shows as ⚠ on its row', async () => {
		await openTable('provincie:utrecht');
		const row = screen.getByRole('rowheader', { name: /Renswoude/ }).closest('tr')!;
		const note = within(row).getByRole('img', { name: /^Let op: .*Renswoude/ });
		expect(note).toHaveTextContent('⚠');
		expect(note).toHaveAttribute('title', expect.stringContaining('woningcorporatie'));
		const amersfoort = screen.getByRole('rowheader', { name: /Amersfoort/ }).closest('tr')!;
		expect(within(amersfoort).queryByRole('img')).toBeNull();
	});

	test('a minimum and a maximum per year are typed in, and emptied again', async () => {
		// The two municipalities of the seed's example: a few cells, quick to render.
		const ws = await openTable('voorbeeld:bijlage5');
		const name = 'Regiogemeente';
		await type(cell(`Minimum per jaar ${name}`), '12,5');
		await type(cell(`Maximum per jaar ${name}`), '40');
		expect(byName(ws, name)).toMatchObject({ minPerYear: 12.5, maxPerYear: 40 });
		await type(cell(`Minimum per jaar ${name}`), '');
		expect(byName(ws, name).minPerYear).toBeUndefined();
		await type(cell(`Maximum per jaar ${name}`), '-3');
		expect(byName(ws, name).maxPerYear).toBe(40);
		expect(screen.getByText(/veld ‘maximum per jaar’ \(maxPerYear\)/)).toBeVisible();
	});
});
