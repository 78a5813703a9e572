/**
 * Issue 10 on real data (arbeidsmarktregio Twente, 14 municipalities, all at
 * the default 7 %): the equal-rates notice, rates from the region's own
 * file, the mutation-rate slider as a shift, the template, a provincial
 * sheet, today's distribution and the spreidingsanalyse view.
 */
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { openMunicipalityTable, openRegion, rateCell, settings } from './helpers/app';
import {
	csv,
	importAndApply,
	importFile,
	importText,
	openImportExport
} from './helpers/importExport';

test.use({ contextOptions: { reducedMotion: 'reduce' } });

const NOTICE =
	"Met één mutatiegraad voor alle gemeenten is 'beschikbare sociale huurwoningen' gelijk aan 'sociale huurwoningen'";

/** Rates per municipality (%), as corporations would report them. */
const RATES: [code: string, name: string, rate: string][] = [
	['GM0141', 'Almelo', '7,4'],
	['GM0147', 'Borne', '6,1'],
	['GM1774', 'Dinkelland', '5,2'],
	['GM0153', 'Enschede', '9,1'],
	['GM0158', 'Haaksbergen', '5,9'],
	['GM0163', 'Hellendoorn', '5,5'],
	['GM0164', 'Hengelo (O.)', '8,2'],
	['GM1735', 'Hof van Twente', '5,6'],
	['GM0168', 'Losser', '5,8'],
	['GM0173', 'Oldenzaal', '6,8'],
	['GM1742', 'Rijssen-Holten', '5,3'],
	['GM0183', 'Tubbergen', '4,8'],
	['GM1700', 'Twenterand', '5,4'],
	['GM0189', 'Wierden', '6,0']
];

async function openTwente(page: Page) {
	await openRegion(page, 'Twente', /^Arbeidsmarktregio Twente/);
	await expect(
		page
			.getByRole('list', { name: 'Verdeling versus fair share', exact: true })
			.locator('g.row[data-code="GM0153"]')
	).toHaveAttribute('aria-label', /^Enschede, Huishoudens/);
}

const RATES_CSV = csv([['Gemeentecode', 'Gemeente', 'Mutatiegraad (%)'], ...RATES]);

/** The spreading index under one key, as the summary shows it. */
const spreading = (page: Page, key: string) =>
	page
		.getByRole('region', { name: /^Samenvatting/ })
		.locator('dl.keys > div')
		.filter({ has: page.locator('dt', { hasText: new RegExp(`^${key}$`) }) })
		.locator('dd');

test('equal rates are said; the region’s own rates make the two keys differ', async ({
	page
}, testInfo) => {
	await openTwente(page);
	await expect(page.getByText(NOTICE)).toHaveCount(2); // summary and the three-keys chart
	await expect(page.getByText(NOTICE).first()).toBeVisible();
	const social = await spreading(page, 'Sociale huurwoningen').textContent();
	await expect(spreading(page, 'Beschikbare sociale huurwoningen')).toHaveText(social!);

	const path = testInfo.outputPath('mutatiegraden.csv');
	await importAndApply(page, path, RATES_CSV);

	await expect(page.getByText(NOTICE)).toHaveCount(0);
	// (The social-stock index may move too: the cap is a share of the relettings.)
	await expect
		.poll(async () => {
			const a = await spreading(page, 'Sociale huurwoningen').textContent();
			const b = await spreading(page, 'Beschikbare sociale huurwoningen').textContent();
			return a !== b;
		})
		.toBe(true);
});

test('the notice opens the table on the mutation-rate column', async ({ page }) => {
	await openTwente(page);
	await page
		.getByRole('region', { name: /^Samenvatting/ })
		.getByRole('button', { name: 'Mutatiegraad per gemeente invullen' })
		.click();
	const table = page.getByRole('dialog', { name: 'Gegevens per gemeente bewerken' });
	await expect(table).toBeVisible();
	await expect(rateCell(table, 'Almelo')).toBeFocused();
});

test('one ArrowRight on "Mutatiegraad" raises Enschede and Tubbergen by the same step', async ({
	page
}, testInfo) => {
	await openTwente(page);
	const path = testInfo.outputPath('mutatiegraden.csv');
	await importAndApply(page, path, RATES_CSV);

	const panel = settings(page);
	await expect(panel.getByText(/^gem\. \d+,\d %, 4,8–9,1 %$/)).toBeVisible();
	const slider = page.getByRole('slider', { name: 'Mutatiegraad', exact: true });
	await slider.focus();
	await slider.press('ArrowRight');
	await expect(panel.getByText(/^gem\. \d+,\d %, 4,9–9,2 %$/)).toBeVisible();

	const table = await openMunicipalityTable(page);
	await expect(rateCell(table, 'Enschede')).toHaveValue('9,2');
	await expect(rateCell(table, 'Tubbergen')).toHaveValue('4,9');
	await table.getByRole('button', { name: 'Sluiten' }).click();

	// Flattening is an explicit, undoable action.
	await panel.getByRole('button', { name: 'Zelfde voor alle gemeenten' }).click();
	await expect(page.getByText(NOTICE).first()).toBeVisible();
	await page.keyboard.press('Control+z');
	await expect(page.getByText(NOTICE)).toHaveCount(0);
});

test('the template has 14 rows for Twente and imports back with zero changes', async ({ page }) => {
	await openTwente(page);
	await openImportExport(page);
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Sjabloon downloaden (CSV)' }).click();
	const file = await download;
	expect(file.suggestedFilename()).toBe('arbeidsmarktregio-twente-sjabloon.csv');
	const path = await file.path();
	const lines = (await readFile(path, 'utf8'))
		.replace(/^\uFEFF/, '')
		.trimEnd()
		.split('\r\n');
	expect(lines).toHaveLength(1 + 14);
	expect(lines[0]).toContain(
		'Mutatiegraad (%);Urgenten per jaar nu;Minimum per jaar;Maximum per jaar'
	);
	expect(lines.find((l) => l.startsWith('GM0153;Enschede;'))).toMatch(/;;;;$/);

	const dialog = await importFile(page, path);
	await expect(dialog.getByText('Het bestand verandert niets aan de gegevens.')).toBeVisible();
	await expect(dialog.getByText(/Overgeslagen/)).toHaveCount(0);

	const xlsx = page.waitForEvent('download');
	await dialog.getByRole('button', { name: 'Annuleren' }).click();
	await page.getByRole('button', { name: 'Sjabloon downloaden (Excel)' }).click();
	const workbook = await xlsx;
	const fromXlsx = await importFile(page, await workbook.path());
	await expect(fromXlsx.getByText('Het bestand verandert niets aan de gegevens.')).toBeVisible();
});

test('a provincial sheet imports the region’s rows and lists the others as skipped', async ({
	page
}, testInfo) => {
	await openTwente(page);
	const path = testInfo.outputPath('overijssel.csv');
	const dialog = await importText(
		page,
		path,
		csv([
			['Gemeentecode', 'Gemeente', 'Mutatiegraad (%)', 'Corporatie'],
			['GM0193', 'Zwolle', '8,0', 'deltaWonen'],
			['GM0153', 'Enschede', '9,1', 'Domijn'],
			['GM0150', 'Deventer', '7,7', 'Rentree'],
			['GM0183', 'Tubbergen', '4,8', 'Mijn Thuis']
		])
	);
	await expect(dialog.getByText('Overgeslagen, buiten deze regio (2):')).toBeVisible();
	await expect(dialog.getByText(/Zwolle \(GM0193\); Deventer \(GM0150\)/)).toBeVisible();
	await expect(dialog.getByText('Niet herkende kolommen (genegeerd): Corporatie')).toBeVisible();
	await expect(dialog.getByText('2 waarden in 2 gemeenten veranderen.')).toBeVisible();
	await dialog.getByRole('button', { name: 'Toepassen' }).click();
	await expect(dialog).toBeHidden();
	await expect(page.getByRole('status').filter({ hasText: 'Import toegepast' })).toHaveText(
		'Import toegepast: 2 waarden in 2 gemeenten.'
	);
});

test('"Huidige verdeling" opens in one click; a pasted column shows its shares', async ({
	page,
	context
}) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await openTwente(page);
	await settings(page).getByRole('button', { name: 'Huidige verdeling' }).click();
	const editor = page.getByRole('dialog', { name: 'Huidige verdeling' });
	await expect(editor).toBeVisible();
	// Excel copies a column as lines ending in CR LF: Almelo, Borne, Dinkelland, Enschede.
	await page.evaluate(() => navigator.clipboard.writeText('10\r\n2\r\n3\r\n25\r\n'));
	await editor.getByRole('textbox', { name: 'Urgenten per jaar nu Almelo' }).focus();
	await page.keyboard.press('ControlOrMeta+V');
	await expect(editor.getByRole('textbox', { name: 'Urgenten per jaar nu Enschede' })).toHaveValue(
		'25'
	);
	await expect(editor.getByRole('row', { name: /^Enschede/ })).toContainText('62,5%');
	// Typing changes the shares at once: 25 of 40 → 20 of 35.
	await editor.getByRole('textbox', { name: 'Urgenten per jaar nu Enschede' }).fill('20');
	await expect(editor.getByRole('row', { name: /^Enschede/ })).toContainText('57,1%');
	await expect(editor.getByText(/^Samen 35 per jaar, maar de vraag van de regio is/)).toBeVisible();
	await editor.getByRole('button', { name: 'Toepassen' }).click();
	await expect(editor).toBeHidden();
	// The growth path now has somewhere to start: its hint is gone.
	await expect(settings(page).getByText(/Er is geen huidige verdeling/)).toHaveCount(0);
});

test('the spreidingsanalyse shows the regional average line and a table', async ({ page }) => {
	await openTwente(page);
	const card = page
		.locator('section.card')
		.filter({ has: page.getByRole('heading', { name: 'Spreidingsanalyse', exact: true }) });
	await expect(card).toBeVisible();
	const line = card.getByRole('img', {
		name: /^Regionaal gemiddelde: [\d,]+ per 1\.000 inwoners$/
	});
	await expect(line).toBeVisible();
	await card
		.getByRole('combobox', { name: 'Per inwoners of per sociale huurwoningen' })
		.selectOption({
			label: 'per 100 sociale huurwoningen'
		});
	await expect(card.getByRole('img', { name: /per 100 sociale huurwoningen$/ })).toBeVisible();
	await card.getByRole('button', { name: 'Tabel' }).click();
	await expect(card.getByRole('row', { name: /^Enschede/ })).toBeVisible();
	await expect(card.getByRole('row')).toHaveCount(1 + 14);
});
