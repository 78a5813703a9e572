import { expect, test } from '@playwright/test';

test('English mode: headings, data notes, demand groups, notices and the report date in English, remembered after a reload', async ({
	page
}) => {
	await page.goto('/');
	await expect(page.getByRole('heading', { name: 'Verdeling versus fair share' })).toBeVisible();
	await page.getByRole('combobox', { name: 'Taal' }).selectOption('en');

	await expect(page.getByRole('heading', { name: 'Allocation versus fair share' })).toBeVisible();
	const footer = page.locator('footer.sources');
	await expect(footer).toContainText('Source: CBS');
	await expect(footer).toContainText('are provisional CBS figures');
	await expect(footer).not.toContainText('voorlopig');
	// The demand groups by their English names, not their ids or Dutch names.
	const demand = page.locator('table.demand');
	await expect(demand).toContainText('Refugees with a permit');
	await expect(demand).not.toContainText('Statushouders');
	await expect(demand).not.toContainText('uitstroom-');
	// The printed report's date: "2 December 2026".
	await expect(page.locator('.report-header')).toContainText(
		/\b\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) \d{4}\b/
	);

	await page.reload();
	await expect(page.getByRole('heading', { name: 'Allocation versus fair share' })).toBeVisible();
	await expect(page.getByRole('combobox', { name: 'Language' })).toHaveValue('en');

	// A region switch that cannot keep the demand says so in English.
	await page.getByRole('combobox', { name: 'Region' }).fill('Bijlage');
	await page.getByRole('option', { name: /Bijlage 5/ }).click();
	await expect(
		page.getByRole('status').filter({ hasText: 'The demand is the example’s' })
	).toBeVisible();

	// A typed value that is not a number is refused in English, naming the field.
	const typed = page.getByRole('textbox', { name: 'Horizon (years) (number)' });
	await typed.fill('ten');
	await typed.press('Enter');
	await expect(page.getByText('Horizon (years): enter a number between 5 and 30')).toBeVisible();
});
