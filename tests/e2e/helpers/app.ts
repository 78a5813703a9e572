import { expect, type Locator, type Page } from '@playwright/test';

/** The settings column. */
export const settings = (page: Page) => page.getByRole('complementary', { name: 'Instellingen' });

/** Open the app on a region chosen in the "Regio" combobox. */
export async function openRegion(page: Page, search: string, option: RegExp) {
	await page.goto('/');
	await page.getByRole('combobox', { name: 'Regio' }).fill(search);
	await page.getByRole('option', { name: option }).click();
	await expect(page.getByRole('heading', { name: 'Verdeling versus fair share' })).toBeVisible();
}

/** Open the "Gegevens per gemeente bewerken" dialog from the "Gemeenten" section. */
export async function openMunicipalityTable(page: Page) {
	await settings(page)
		.locator('summary', { hasText: /^Gemeenten$/ })
		.click();
	await page.getByRole('button', { name: 'Gegevens per gemeente bewerken' }).click();
	const table = page.getByRole('dialog', { name: 'Gegevens per gemeente bewerken' });
	await expect(table).toBeVisible();
	return table;
}

/** The mutation-rate cell of one municipality in that dialog. */
export const rateCell = (table: Locator, municipality: string) =>
	table.getByRole('textbox', { name: `Mutatiegraad ${municipality}`, exact: true });
