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
	await page.getByRole('option', { name: option }).click();
}

test('six region switches in a row, with keys changed in between, raise no page error', async ({
	page
}) => {
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
