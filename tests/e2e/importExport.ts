import { expect, type Page } from '@playwright/test';

/** Open the "Importeren en exporteren" section of the settings. */
export async function openImportExport(page: Page) {
	await page
		.getByRole('complementary', { name: 'Instellingen' })
		.locator('summary', { hasText: /^Importeren en exporteren$/ })
		.click();
}

/** Choose a file through the "Gegevens importeren" button; returns the preview dialog (shown within `timeout` ms). */
export async function importFile(page: Page, path: string, timeout?: number) {
	const chooser = page.waitForEvent('filechooser');
	await page.getByRole('button', { name: 'Gegevens importeren' }).click();
	await (await chooser).setFiles(path);
	const dialog = page.getByRole('dialog', { name: /^Gegevens importeren:/ });
	await expect(dialog).toBeVisible({ timeout });
	return dialog;
}
