import { expect, test, type Page } from '@playwright/test';

// Nothing lost, nothing stuck (issue 13): region switches, a dead worker, two tabs, offline.

const pageErrors = (page: Page) => {
	const seen: string[] = [];
	page.on('pageerror', (e) => seen.push(e.message));
	return seen;
};

const allocationRows = (page: Page) =>
	page.getByRole('list', { name: 'Verdeling versus fair share', exact: true }).locator('g.row');

async function pickRegion(page: Page, search: string, option: RegExp) {
	const box = page.getByRole('combobox', { name: 'Regio' });
	await box.fill('');
	await box.fill(search);
	// Chosen with the keyboard, as a facilitator at the projector does: the first match, checked.
	await expect(page.getByRole('option').first()).toHaveAccessibleName(option);
	await box.press('Enter');
}

test('six region switches in a row, with keys changed in between, raise no page error', async ({
	page
}) => {
	test.setTimeout(90_000); // Heel Nederland twice, on a busy machine
	const errors = pageErrors(page);
	await page.goto('/');
	await expect(allocationRows(page).first()).toBeVisible();
	// Each region with a municipality in it (the largest shows first).
	const regions: [string, RegExp, string][] = [
		['Heel Nederland', /^Heel Nederland/, 'GM0363'],
		['Twente', /^Arbeidsmarktregio Twente/, 'GM0153'],
		['Provincie Utrecht', /^Provincie Utrecht/, 'GM0344'],
		['Arbeidsmarktregio Groningen', /^Arbeidsmarktregio Groningen/, 'GM0014'],
		['Provincie Zeeland', /^Provincie Zeeland/, 'GM0687'],
		['Heel Nederland', /^Heel Nederland/, 'GM0363']
	];
	const keys = ['Sociale huurwoningen', 'Beschikbare sociale huurwoningen', 'Inwoners'];
	for (const [k, [search, option, code]] of regions.entries()) {
		await pickRegion(page, search, option);
		// A key change right after the switch starts a tween while the new region arrives.
		await page.getByRole('radio', { name: keys[k % 3], exact: true }).check();
		await expect(allocationRows(page).and(page.locator(`[data-code="${code}"]`))).toHaveCount(1);
	}
	await page.waitForTimeout(500);
	expect(errors).toEqual([]);
});

test('two tabs keep their own scenario and undo history; a link lands in the tab it was opened in', async ({
	browser,
	context
}) => {
	// A share link to Provincie Utrecht, made elsewhere.
	const elsewhere = await browser.newContext();
	const maker = await elsewhere.newPage();
	await maker.goto('/');
	await pickRegion(maker, 'Provincie Utrecht', /^Provincie Utrecht/);
	await maker.getByRole('button', { name: 'Deellink' }).click();
	const link = await maker.getByRole('textbox', { name: 'Deellink' }).inputValue();
	await elsewhere.close();

	const horizon = (p: Page) => p.getByRole('slider', { name: 'Horizon (jaren)' });
	const row = (p: Page, code: string) => allocationRows(p).and(p.locator(`[data-code="${code}"]`));
	const undo = (p: Page) => p.getByRole('button', { name: /Ongedaan maken$/ });
	const redo = (p: Page) => p.getByRole('button', { name: /^↷ Opnieuw$/ });
	const UTRECHT = 'GM0344';
	const GRONINGEN = 'GM0014';

	const first = await context.newPage();
	await first.goto('/');
	await horizon(first).fill('17');
	await expect(horizon(first)).toHaveValue('17');
	await first.waitForTimeout(600); // the working copy is written

	const second = await context.newPage();
	await second.goto(link);
	await expect(row(second, UTRECHT)).toHaveCount(1);
	await expect(horizon(second)).toHaveValue('10');
	await second.waitForTimeout(600);
	await expect(horizon(first)).toHaveValue('17');
	await expect(row(first, UTRECHT)).toHaveCount(0);

	// Saved scenarios are shared: saved in one tab, listed in the other without a reload.
	await second
		.getByRole('textbox', { name: 'Naam van het scenario' })
		.fill('Uit het tweede tabblad');
	await second.getByRole('button', { name: 'Bewaren' }).click();
	await expect(first.getByRole('list', { name: 'Bewaarde scenario’s' })).toContainText(
		'Uit het tweede tabblad'
	);

	// Undo in the second tab goes back to what that tab had; the first keeps its horizon.
	await undo(second).click();
	await expect(row(second, GRONINGEN)).toHaveCount(1);
	await expect(row(second, UTRECHT)).toHaveCount(0);
	await redo(second).click();
	await expect(row(second, UTRECHT)).toHaveCount(1);
	await undo(first).click();
	await expect(horizon(first)).toHaveValue('10');
	await expect(row(second, UTRECHT)).toHaveCount(1);
	await redo(first).click();
	await expect(horizon(first)).toHaveValue('17');
	await first.waitForTimeout(600);

	// A reload of either tab restores its own work.
	await first.reload();
	await expect(horizon(first)).toHaveValue('17');
	await expect(row(first, GRONINGEN)).toHaveCount(1);
	await second.reload();
	await expect(row(second, UTRECHT)).toHaveCount(1);
	await expect(horizon(second)).toHaveValue('10');
});

test('a worker that dies is restarted with a notice, and the charts follow the next change', async ({
	page
}) => {
	test.setTimeout(60_000);
	const errors = pageErrors(page);
	await page.goto('/');
	const centrum = allocationRows(page).and(page.locator('[data-code="GM0014"]'));
	await expect(centrum).toHaveAttribute('aria-label', /Huishoudens/, { timeout: 15_000 });
	const before = await centrum.getAttribute('aria-label');
	// What a crash or the browser ending a background thread does: no error event, no answer.
	await page.evaluate(() =>
		(globalThis as { verdeelwijzerEngine?: { terminate(): void } }).verdeelwijzerEngine?.terminate()
	);
	await page.getByRole('radio', { name: 'Sociale huurwoningen', exact: true }).check();
	// The deadline for a region of this size is about 8 s.
	await expect(page.getByText('De rekenmodule reageerde niet en is opnieuw gestart.')).toBeVisible({
		timeout: 30_000
	});
	await expect(centrum).not.toHaveAttribute('aria-label', before!);
	// The restarted worker answers the next change at once.
	const after = await centrum.getAttribute('aria-label');
	await page.getByRole('radio', { name: 'Inwoners', exact: true }).check();
	await expect(centrum).toHaveAttribute('aria-label', before!);
	expect(after).not.toBe(before);
	await expect(page.getByRole('alert')).toHaveCount(0);
	expect(errors).toEqual([]);
});
