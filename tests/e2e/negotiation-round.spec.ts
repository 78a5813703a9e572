import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { applyProposal, type Proposal } from '../../src/lib/model/proposals';
import type { Scenario, SimulationResult } from '../../src/lib/model/types';

test.use({ contextOptions: { reducedMotion: 'reduce' } });

const TWENTE = 14;

async function openTwente(page: Page) {
	await page.goto('/');
	await page.getByRole('combobox', { name: 'Regio' }).fill('Twente');
	await page.getByRole('option', { name: /Arbeidsmarktregio Twente/ }).click();
	await expect(page.getByText('Arbeidsmarktregio Twente').first()).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Verdeling versus fair share' })).toBeVisible();
}

async function record(page: Page, name: string, by: string) {
	await page.getByRole('textbox', { name: 'Naam van het voorstel' }).fill(name);
	await page.getByRole('textbox', { name: 'Ingebracht door' }).fill(by);
	await page.getByRole('button', { name: 'Voorstel vastleggen' }).click();
	await expect(page.getByRole('status').filter({ hasText: `Vastgelegd: ‘${name}’` })).toBeVisible();
}

/** The headless run (`npm run simulate`) of one proposal on the scenario as the app saved it. */
function headless(scenario: Scenario, p: Proposal): SimulationResult {
	const dir = mkdtempSync(join(tmpdir(), 'verdeelwijzer-'));
	const file = join(dir, `${p.id}.json`);
	writeFileSync(file, JSON.stringify(applyProposal(scenario, p)));
	return JSON.parse(
		execFileSync('npx', ['tsx', 'scripts/simulate.ts', file], { encoding: 'utf8' })
	);
}

const cellValue = async (cell: Locator) => Number(await cell.getAttribute('data-value'));

/** Per proposal column, the largest regret in households (the "Spijt" measure). */
async function largestRegrets(matrix: Locator, columns: number): Promise<number[]> {
	const out: number[] = [];
	for (let k = 0; k < columns; k++) {
		let worst = -Infinity;
		for (let i = 0; i < TWENTE; i++) {
			const row = matrix.locator('tbody tr').nth(i);
			worst = Math.max(worst, await cellValue(row.locator('td.year').nth(k)));
		}
		out.push(worst);
	}
	return out;
}

test('a round on Twente: three proposals, their matrix, a compromise, a reload, a share link and the annex', async ({
	page,
	browser
}) => {
	test.setTimeout(180_000);
	await openTwente(page);

	await page.getByRole('radio', { name: 'Inwoners', exact: true }).check();
	await record(page, 'Inwoners', 'Enschede');
	await page.getByRole('radio', { name: 'Beschikbare sociale huurwoningen', exact: true }).check();
	await record(page, 'Beschikbare woningen', 'Hengelo');
	await page.getByRole('radio', { name: 'Samengesteld', exact: true }).check();
	await page.getByRole('slider', { name: 'Gewicht sociale huurwoningen' }).fill('0');
	await expect(page.getByRole('slider', { name: 'Gewicht inwoners' })).toHaveValue('50');
	await page.getByRole('slider', { name: 'Groeipad (jaren)' }).fill('5');
	await record(page, '50/50, groeipad 5 jaar', 'Almelo');

	await page.getByRole('tab', { name: 'Ronde' }).click();
	const matrix = page.locator('table.matrix');
	await expect(matrix.locator('tbody tr')).toHaveCount(TWENTE);
	await expect(matrix.locator('thead th[scope=colgroup]')).toHaveText([
		'Inwoners',
		'Beschikbare woningen',
		'50/50, groeipad 5 jaar'
	]);

	// The figures equal a headless run of each proposal on the scenario the app saved.
	const [file] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Opslaan als bestand' }).click()
	]);
	const saved = JSON.parse(readFileSync(await file.path(), 'utf8')) as Scenario;
	const proposals = saved.proposals as Proposal[];
	expect(proposals.map((p) => p.key.type)).toEqual(['inhabitants', 'available', 'composite']);
	expect(proposals[2]!.growthPath.years).toBe(5);
	const runs = proposals.map((p) => headless(saved, p));
	const rows = matrix.locator('tbody tr');
	for (let i = 0; i < TWENTE; i++) {
		const row = rows.nth(i);
		const code = await row.getAttribute('data-code');
		for (let k = 0; k < 3; k++) {
			const r = runs[k]!;
			const m = r.codes.indexOf(code!);
			const total = r.byYear.reduce((a, y) => a + y.households[m]!, 0);
			expect(await cellValue(row.locator('td.total').nth(k))).toBe(total);
			expect(await cellValue(row.locator('td.year').nth(k))).toBe(r.byYear[0]!.households[m]);
		}
	}
	await page
		.getByRole('combobox', { name: 'Maat', exact: true })
		.selectOption({ label: 'Verschil met fair share' });
	for (let i = 0; i < TWENTE; i++) {
		const row = rows.nth(i);
		const m = runs[0]!.codes.indexOf((await row.getAttribute('data-code'))!);
		for (let k = 0; k < 3; k++) {
			expect(await cellValue(row.locator('td.total').nth(k))).toBeCloseTo(runs[k]!.ledger[m]!, 9);
		}
	}
	// Every municipality's most favourable proposal is marked.
	await expect(matrix.locator('td.most')).toHaveCount(TWENTE);

	// The compromise search.
	await page.getByRole('button', { name: 'Compromis zoeken' }).click();
	const done = page.getByRole('status').filter({ hasText: /verdelingen doorgerekend in/ });
	await expect(done).toBeVisible({ timeout: 60_000 });
	console.log(`Twente: ${await done.innerText()}`);
	const minimax = page
		.locator('li.card')
		.filter({ hasText: 'Compromis: minimax-spijt (huishoudens)' });
	await expect(minimax).toBeVisible();
	await expect(minimax.locator('.explain')).toContainText('verliest geen enkele gemeente meer dan');
	await expect(minimax).toContainText(/samengestelde verdeelsleutel: \d+%/);
	const columns = await matrix.locator('thead th[scope=colgroup]').count();
	expect(columns).toBeGreaterThanOrEqual(5);
	await page.getByRole('combobox', { name: 'Maat', exact: true }).selectOption({ label: 'Spijt' });
	const names = await matrix.locator('thead th[scope=colgroup]').allInnerTexts();
	const regrets = await largestRegrets(matrix, columns);
	const compromise =
		regrets[names.findIndex((n) => n.startsWith('Compromis: minimax-spijt (huishoudens)'))];
	for (let k = 0; k < 3; k++) expect(compromise).toBeLessThanOrEqual(regrets[k]!);
	expect(Math.min(...regrets.slice(0, 3))).toBeGreaterThan(0);

	// The proposals survive a reload …
	await page.waitForTimeout(600);
	await page.reload();
	await page.getByRole('tab', { name: 'Ronde' }).click();
	await expect(matrix.locator('thead th[scope=colgroup]')).toHaveText(names);

	// … and a share link in a fresh browser.
	await page.getByRole('button', { name: 'Deellink' }).click();
	const link = await page.getByRole('textbox', { name: 'Deellink' }).inputValue();
	const fresh = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
	const other = await fresh.newPage();
	await other.goto(link);
	await other.getByRole('tab', { name: 'Ronde' }).click();
	const otherMatrix = other.locator('table.matrix');
	await expect(otherMatrix.locator('thead th[scope=colgroup]')).toHaveText(names);
	const first = await matrix.locator('tbody tr').first().innerText();
	await expect.poll(() => otherMatrix.locator('tbody tr').first().innerText()).toBe(first);
	await fresh.close();

	// Agreement: the annex, printed with every municipality.
	await minimax.getByRole('button', { name: 'Akkoord' }).click();
	const annex = page.getByRole('region', { name: 'Bijlage bij het convenant' });
	await expect(annex).toBeVisible();
	await page.emulateMedia({ media: 'print' });
	await expect(annex).toBeVisible();
	await expect(matrix).toBeHidden();
	await expect(annex.locator('tbody[data-code]')).toHaveCount(TWENTE);
	for (const name of runs[0]!.names) {
		await expect(annex.getByRole('rowheader', { name, exact: true })).toBeVisible();
	}
	await expect(annex).toContainText('Datum van de sessie');
	await expect(annex).toContainText('Bron: CBS');
	await expect(annex).toContainText('Compromis: minimax-spijt (huishoudens)');
});

test('in presentation mode the round steps through the proposals with ↑ and ↓', async ({
	page
}) => {
	await openTwente(page);
	await record(page, 'Inwoners', 'Enschede');
	await page.getByRole('radio', { name: 'Beschikbare sociale huurwoningen', exact: true }).check();
	await record(page, 'Beschikbare woningen', 'Hengelo');
	await page.getByRole('tab', { name: 'Ronde' }).click();
	await page.getByRole('button', { name: 'Presenteren' }).click();
	const step = page.locator('.present-step');
	await expect(step).toHaveText(/voorstel 1 van 2.*Inwoners/);
	await page.locator('.stage .band').click({ position: { x: 5, y: 5 } });
	await page.keyboard.press('ArrowDown');
	await expect(step).toHaveText(/voorstel 2 van 2.*Beschikbare woningen/);
	await expect(page.locator('li.card.focus')).toHaveAttribute('data-proposal', 'p2');
	await page.keyboard.press('ArrowDown');
	await expect(step).toHaveText(/voorstel 1 van 2/);
});
