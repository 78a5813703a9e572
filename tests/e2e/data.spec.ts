import { readFile } from 'node:fs/promises';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { openMunicipalityTable, openRegion, rateCell } from './helpers/app';
import { csv, importText, openImportExport } from './helpers/importExport';

// Bars jump to their new length, so a measured width is the final one.
test.use({ contextOptions: { reducedMotion: 'reduce' } });

const UTRECHT = 'GM0344';
const AMERSFOORT = 'GM0307';

const allocationRow = (page: Page, code: string) =>
	page
		.getByRole('list', { name: 'Verdeling versus fair share', exact: true })
		.locator(`g.row[data-code="${code}"]`);

/** Households in the shown year, from the row's accessible name. */
async function households(row: Locator): Promise<number> {
	const label = (await row.getAttribute('aria-label')) ?? '';
	const m = /Huishoudens: ([\d.]+)/.exec(label);
	if (!m) throw new Error(`no households in "${label}"`);
	return Number(m[1]!.replace(/\./g, ''));
}

/** The available-social-dwellings key: the one where a mutation rate matters. */
async function chooseAvailableKey(page: Page) {
	await page.getByRole('radio', { name: 'Beschikbare sociale huurwoningen', exact: true }).check();
	// The figures read next must be this key's, not the previous key's still on screen.
	await expect(page.locator('main#grafieken')).toHaveAttribute('aria-busy', 'false');
}

/** Provincie Utrecht on the available key; Utrecht's allocation row once it shows households. */
async function openUtrecht(page: Page) {
	await openRegion(page, 'Utrecht', /^Provincie Utrecht/);
	await chooseAvailableKey(page);
	const row = allocationRow(page, UTRECHT);
	await expect(row).toHaveAttribute('aria-label', /Huishoudens/);
	return row;
}

test('a province and an arbeidsmarktregio show their own municipalities in the chart', async ({
	page
}) => {
	await openRegion(page, 'Utrecht', /^Provincie Utrecht/);
	await expect(page.getByText('Provincie Utrecht').first()).toBeVisible();
	await expect(allocationRow(page, UTRECHT)).toHaveAttribute('aria-label', /^Utrecht, Huishoudens/);
	await expect(allocationRow(page, AMERSFOORT)).toHaveAttribute('aria-label', /^Amersfoort/);
	// The default region (Groningen) is gone.
	await expect(allocationRow(page, 'GM0014')).toHaveCount(0);

	await page.getByRole('combobox', { name: 'Regio' }).fill('Utrecht');
	await page.getByRole('option', { name: /^Arbeidsmarktregio Midden-Utrecht/ }).click();
	await expect(allocationRow(page, UTRECHT)).toHaveAttribute('aria-label', /^Utrecht/);
	// Amersfoort belongs to the province, not to Midden-Utrecht.
	await expect(allocationRow(page, AMERSFOORT)).toHaveCount(0);
});

test('a mutation rate typed in the table changes the chart; its reset puts back the CBS value', async ({
	page
}) => {
	const row = await openUtrecht(page);
	const before = await households(row);
	const label = await row.getAttribute('aria-label');

	const table = await openMunicipalityTable(page);
	const rate = rateCell(table, 'Utrecht');
	await expect(rate).toHaveValue('7');
	await rate.fill('14');
	await rate.press('Enter');
	// Twice the relettings in Utrecht: a larger share of the available dwellings.
	await expect.poll(() => households(row)).toBeGreaterThan(before);
	const cell = rate.locator('xpath=ancestor::td');
	await expect(cell.getByText('eigen invoer')).toBeVisible();
	await expect(rate).toHaveAccessibleDescription(/eigen invoer/);

	await table
		.getByRole('button', { name: 'Terugzetten naar CBS-waarde: Mutatiegraad Utrecht' })
		.click();
	await expect(rate).toHaveValue('7');
	await expect(cell.getByText('eigen invoer')).toHaveCount(0);
	await expect(row).toHaveAttribute('aria-label', label!);
});

test('an out-of-range value in the table is refused with a Dutch message', async ({ page }) => {
	const row = await openUtrecht(page);
	const label = await row.getAttribute('aria-label');
	const table = await openMunicipalityTable(page);
	const rate = rateCell(table, 'Utrecht');
	await rate.fill('140');
	await rate.press('Enter');
	const message =
		'Gemeente Utrecht (GM0344), veld ‘mutatiegraad’ (mutationRate): mag hoogstens 100 % zijn, maar is 140 %.';
	await expect(table.getByText(message)).toBeVisible();
	await expect(rate).toHaveAttribute('aria-invalid', 'true');
	await expect(rate).toBeFocused(); // Enter stays on a refused cell
	await expect(row).toHaveAttribute('aria-label', label!);
	await rate.press('Escape');
	await expect(rate).toHaveValue('7');
	await expect(table.getByText(message)).toHaveCount(0);
});

test('arrow keys move through the table and Escape closes it', async ({ page }) => {
	await openRegion(page, 'Utrecht', /^Provincie Utrecht/);
	const table = await openMunicipalityTable(page);
	const first = table.getByRole('textbox', { name: 'Inwoners Amersfoort', exact: true });
	await expect(first).toBeFocused();
	await page.keyboard.press('ArrowRight');
	await expect(
		table.getByRole('textbox', { name: 'Huishoudens Amersfoort', exact: true })
	).toBeFocused();
	await page.keyboard.press('ArrowDown');
	await expect(
		table.getByRole('textbox', { name: 'Huishoudens Baarn', exact: true })
	).toBeFocused();
	await page.keyboard.press('ArrowLeft');
	await expect(table.getByRole('textbox', { name: 'Inwoners Baarn', exact: true })).toBeFocused();
	await page.keyboard.press('Escape');
	await expect(table).toHaveCount(0);
	await expect(page.getByRole('button', { name: 'Gegevens per gemeente bewerken' })).toBeFocused();
});

test('a column pasted from Excel fills the cells below, decimal commas included', async ({
	page,
	context
}) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await openRegion(page, 'Utrecht', /^Provincie Utrecht/);
	await chooseAvailableKey(page);
	const row = allocationRow(page, AMERSFOORT);
	await expect(row).toHaveAttribute('aria-label', /Huishoudens/);
	const before = await households(row);
	const table = await openMunicipalityTable(page);
	// Excel copies a column as lines ending in CR LF.
	await page.evaluate(() => navigator.clipboard.writeText('12,5\r\n3\r\n4,25\r\n'));
	const amersfoort = rateCell(table, 'Amersfoort');
	await amersfoort.focus();
	await page.keyboard.press('ControlOrMeta+V');
	await expect(amersfoort).toHaveValue('12,5');
	await expect(rateCell(table, 'Baarn')).toHaveValue('3');
	await expect(rateCell(table, 'Bunnik')).toHaveValue('4,25');
	await expect(rateCell(table, 'Bunschoten')).toHaveValue('7');
	await expect(table.getByText('eigen invoer')).toHaveCount(3);
	await expect(table.getByRole('status')).toHaveText('3 cellen geplakt.');
	await expect.poll(() => households(row)).toBeGreaterThan(before);
});

test('a Dutch CSV is previewed, applied and changes the figures', async ({ page }, testInfo) => {
	const row = await openUtrecht(page);
	const before = await households(row);

	const dialog = await importText(
		page,
		testInfo.outputPath('mutatiegraad.csv'),
		csv([
			['Gemeentecode', 'Gemeente', 'Mutatiegraad (%)', 'Inwoners'],
			['GM0344', 'Utrecht', '12,5', '370.000'],
			['GM0307', 'Amersfoort', '9,75', '']
		])
	);
	await expect(
		dialog.getByText('CSV, scheidingsteken ‘;’, decimaalteken ‘,’, UTF-8')
	).toBeVisible();
	const utrecht = dialog.getByRole('row', { name: /Utrecht/ });
	await expect(utrecht).toContainText('Mutatiegraad: 7 % → 12,5 %');
	await expect(utrecht).toContainText('Inwoners: 376.757 → 370.000');
	await expect(dialog.getByRole('row', { name: /Amersfoort/ })).toContainText(
		'Mutatiegraad: 7 % → 9,75 %'
	);
	await expect(dialog.getByText('3 waarden in 2 gemeenten veranderen.')).toBeVisible();
	await dialog.getByRole('button', { name: 'Toepassen' }).click();
	await expect(dialog).toBeHidden();
	await expect(page.getByRole('status').filter({ hasText: 'Import toegepast' })).toHaveText(
		'Import toegepast: 3 waarden in 2 gemeenten.'
	);
	await expect.poll(() => households(row)).toBeGreaterThan(before);

	const table = await openMunicipalityTable(page);
	await expect(rateCell(table, 'Utrecht')).toHaveValue('12,5');
	await expect(table.getByRole('textbox', { name: 'Inwoners Utrecht', exact: true })).toHaveValue(
		'370000'
	);
	await expect(table.getByText('eigen invoer')).toHaveCount(3);
});

test('an import with a problem shows it in Dutch, cannot be applied and changes nothing', async ({
	page
}, testInfo) => {
	const row = await openUtrecht(page);
	const label = await row.getAttribute('aria-label');

	const dialog = await importText(
		page,
		testInfo.outputPath('fout.csv'),
		csv([
			['Gemeentecode', 'Gemeente', 'Mutatiegraad (%)'],
			['GM0344', 'Utrecht', '12,5'],
			['GM0307', 'Amersfoort', '140'],
			['GM9999', 'Nergenshuizen', '8']
		])
	);
	await expect(
		dialog.getByText(
			'Regel 3, gemeente Amersfoort (GM0307), veld ‘mutatiegraad’: mag hoogstens 100 % zijn, maar is 140 %.'
		)
	).toBeVisible();
	await expect(
		dialog.getByText('Regel 4: gemeente ‘Nergenshuizen’ (GM9999) komt niet voor in dit scenario.')
	).toBeVisible();
	await expect(dialog.getByText(/Het bestand heeft problemen/)).toBeVisible();
	await expect(dialog.getByRole('button', { name: 'Toepassen' })).toBeDisabled();
	await dialog.getByRole('button', { name: 'Annuleren' }).click();
	await expect(dialog).toBeHidden();
	await expect(row).toHaveAttribute('aria-label', label!);

	const table = await openMunicipalityTable(page);
	await expect(rateCell(table, 'Utrecht')).toHaveValue('7');
	await expect(table.getByText('eigen invoer')).toHaveCount(0);
});

test('every export downloads a file named after the scenario', async ({ page }) => {
	await openRegion(page, 'Utrecht', /^Provincie Utrecht/);
	await expect(allocationRow(page, UTRECHT)).toHaveAttribute('aria-label', /Huishoudens/);
	await openImportExport(page);

	async function save(name: string) {
		const download = page.waitForEvent('download');
		await page.getByRole('button', { name, exact: true }).click();
		const file = await download;
		const path = await file.path();
		return { name: file.suggestedFilename(), bytes: await readFile(path) };
	}
	const BOM = [0xef, 0xbb, 0xbf];

	const figures = await save('Gegevens als CSV');
	expect(figures.name).toBe('provincie-utrecht-gegevens.csv');
	expect([...figures.bytes.subarray(0, 3)]).toEqual(BOM);
	const figureLines = figures.bytes.subarray(3).toString('utf8').split('\r\n');
	expect(figureLines[0]).toMatch(/^Gemeentecode;Gemeente;Inwoners;/);
	expect(figureLines[0]).toContain(';Mutatiegraad (%);');
	expect(figureLines.find((l) => l.startsWith('GM0344;Utrecht;'))).toMatch(/;7;/);

	const results = await save('Resultaten als CSV');
	expect(results.name).toBe('provincie-utrecht-resultaten.csv');
	expect([...results.bytes.subarray(0, 3)]).toEqual(BOM);
	const resultLines = results.bytes.subarray(3).toString('utf8').split('\r\n');
	expect(resultLines[0]).toMatch(/^Jaar;Gemeentecode;Gemeente;Huishoudens;/);
	expect(resultLines[1]).toMatch(/^\d{4};GM\d{4};/);

	const xlsx = await save('Excel (XLSX)');
	expect(xlsx.name).toBe('provincie-utrecht.xlsx');
	expect(xlsx.bytes.subarray(0, 4).toString('latin1')).toBe('PK\u0003\u0004');

	const json = await save('Scenario (JSON)');
	expect(json.name).toBe('provincie-utrecht.json');
	const scenario = JSON.parse(json.bytes.toString('utf8'));
	expect(scenario.format).toBe('verdeelwijzer-scenario');
	expect(scenario.municipalities).toHaveLength(26);
});

test('an own region put together from searched municipalities opens with its data problems shown', async ({
	page
}) => {
	await page.goto('/');
	await page.getByRole('button', { name: 'Eigen regio' }).click();
	const compose = page.getByRole('group', { name: 'Eigen regio samenstellen' });
	for (const name of ['Ameland', 'Leeuwarden']) {
		await compose.getByRole('textbox', { name: 'Gemeente toevoegen' }).fill(name.slice(0, 5));
		await compose.getByRole('button', { name: `+ ${name}` }).click();
	}
	await compose.getByRole('button', { name: 'Open deze regio (2)' }).click();
	const rows = page.locator('section.card').first().locator('g.row');
	await expect(rows).toHaveCount(2);
	await expect(
		page.getByText(/van de woningen in Ameland in bezit van een woningcorporatie/).first()
	).toBeVisible();
});
