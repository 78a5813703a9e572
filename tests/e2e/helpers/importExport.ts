import { writeFile } from 'node:fs/promises';
import { expect, type Page } from '@playwright/test';
import { settings } from './app';

/** Open the "Importeren en exporteren" section of the settings. */
export async function openImportExport(page: Page) {
	await settings(page)
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

/** Write `text` to `path`, open the import section and import it; returns the preview dialog. */
export async function importText(page: Page, path: string, text: string) {
	await writeFile(path, text);
	await openImportExport(page);
	return importFile(page, path);
}

/** Import `text` as a file and apply it. */
export async function importAndApply(page: Page, path: string, text: string) {
	const dialog = await importText(page, path, text);
	await dialog.getByRole('button', { name: 'Toepassen' }).click();
	await expect(dialog).toBeHidden();
}

/** A Dutch CSV as Excel writes it: BOM, ';' between cells, CR LF. */
export function csv(rows: string[][]): string {
	return '\uFEFF' + rows.map((r) => r.join(';')).join('\r\n') + '\r\n';
}
