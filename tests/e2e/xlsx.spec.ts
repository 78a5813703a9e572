import { readFile, writeFile } from 'node:fs/promises';
import { strToU8, zipSync } from 'fflate';
import { expect, test, type Page } from '@playwright/test';
import { importFile, openImportExport } from './helpers/importExport';

// Excel files of a real size under the page's strict CSP (issue 16): the zip
// work runs in the app's own XLSX worker, never in a blob: worker.

const errors = (page: Page) => {
	const seen: string[] = [];
	page.on('pageerror', (e) => seen.push(e.message));
	page.on('console', (m) => {
		if (m.type() === 'error') seen.push(m.text());
	});
	return seen;
};

/** A minimal workbook with one sheet whose cells are inline strings and numbers. */
function workbook(rows: (string | number)[][]): Uint8Array {
	const col = (i: number) => String.fromCharCode(65 + i);
	const esc = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;');
	const sheetRows = rows
		.map(
			(r, y) =>
				`<row r="${y + 1}">${r
					.map((v, x) =>
						typeof v === 'number'
							? `<c r="${col(x)}${y + 1}"><v>${v}</v></c>`
							: `<c r="${col(x)}${y + 1}" t="inlineStr"><is><t>${esc(v)}</t></is></c>`
					)
					.join('')}</row>`
		)
		.join('');
	const ns = 'http://schemas.openxmlformats.org';
	return zipSync({
		'[Content_Types].xml': strToU8(
			`<?xml version="1.0" encoding="UTF-8"?><Types xmlns="${ns}/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`
		),
		'_rels/.rels': strToU8(
			`<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${ns}/package/2006/relationships"><Relationship Id="rId1" Type="${ns}/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`
		),
		'xl/workbook.xml': strToU8(
			`<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${ns}/spreadsheetml/2006/main" xmlns:r="${ns}/officeDocument/2006/relationships"><sheets><sheet name="Gegevens" sheetId="1" r:id="rId1"/></sheets></workbook>`
		),
		'xl/_rels/workbook.xml.rels': strToU8(
			`<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${ns}/package/2006/relationships"><Relationship Id="rId1" Type="${ns}/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`
		),
		'xl/worksheets/sheet1.xml': strToU8(
			`<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${ns}/spreadsheetml/2006/main"><sheetData>${sheetRows}</sheetData></worksheet>`
		)
	});
}

test('the page keeps its strict policy: worker-src self, no blob: scripts', async ({ page }) => {
	// The preview server sends the policy as a header; a static host serves build/index.html with it in a meta tag.
	const response = await page.goto('/');
	const header = response?.headers()['content-security-policy'] ?? '';
	const html = await readFile('build/index.html', 'utf8');
	const meta =
		/<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(html)?.[1] ?? '';
	for (const policy of [header, meta]) {
		expect(policy).toMatch(/(^|; )worker-src 'self'(;|$)/);
		expect(policy).toMatch(/(^|; )script-src 'self'/);
		expect(/script-src([^;]*)/.exec(policy)?.[1] ?? '').not.toContain('blob:');
	}
});

test('an XLSX export of Heel Nederland over 30 years downloads and reads back to the same figures', async ({
	page
}, testInfo) => {
	test.setTimeout(120_000);
	const seen = errors(page);
	await page.goto('/');
	await page.getByRole('combobox', { name: 'Regio' }).fill('Heel Nederland');
	await page.getByRole('option', { name: /^Heel Nederland/ }).click();
	await page.getByRole('slider', { name: 'Horizon (jaren)' }).fill('30');
	await expect(page.getByRole('slider', { name: 'Horizon (jaren)' })).toHaveValue('30');
	await openImportExport(page);
	const resultsButton = page.getByRole('button', { name: 'Resultaten als CSV', exact: true });
	await expect(resultsButton).toBeEnabled();

	const csvDownload = page.waitForEvent('download');
	await resultsButton.click();
	const csv = await readFile(await (await csvDownload).path());

	const xlsxDownload = page.waitForEvent('download', { timeout: 90_000 });
	await page.getByRole('button', { name: 'Excel (XLSX)', exact: true }).click();
	await expect(page.getByRole('progressbar', { name: 'Voortgang van de export' })).toBeVisible();
	const file = await xlsxDownload;
	expect(file.suggestedFilename()).toBe('heel-nederland.xlsx');
	const bytes = await readFile(await file.path());
	expect(bytes.subarray(0, 4).toString('latin1')).toBe('PK\u0003\u0004');
	await expect(page.getByText('heel-nederland.xlsx gedownload.')).toBeVisible();

	// The results sheet holds the same figures as the results CSV, row by row.
	const { default: readXlsxFile } = await import('read-excel-file/node');
	const sheets = (await readXlsxFile(bytes)) as { sheet: string; data: unknown[][] }[];
	const results = sheets.find((s) => s.sheet === 'Resultaten')!.data;
	const csvRows = csv
		.subarray(3)
		.toString('utf8')
		.trim()
		.split('\r\n')
		.map((l) => l.split(';'));
	expect(results.length).toBe(csvRows.length);
	expect(results.length).toBe(1 + 342 * 30);
	for (const k of [1, 2, 500, 5000, results.length - 1]) {
		expect(String(results[k]![0])).toBe(csvRows[k]![0]);
		expect(results[k]![1]).toBe(csvRows[k]![1]);
		expect(results[k]![3]).toBe(Number(csvRows[k]![3]!.replace(',', '.')));
	}

	// And the app's own importer reads the figures sheet back: nothing changes.
	const path = testInfo.outputPath('heel-nederland.xlsx');
	await writeFile(path, bytes);
	// 10.603 rows in two sheets: more to read than a region's own file, so more time.
	const dialog = await importFile(page, path, 30_000);
	await expect(dialog).toContainText('Excel-werkmap, blad ‘Gegevens’');
	await expect(dialog).toContainText('Het bestand verandert niets aan de gegevens.');
	expect(seen).toEqual([]);
});

test('a workbook whose sheet unpacks to 640 KB is previewed within seconds', async ({
	page
}, testInfo) => {
	const seen = errors(page);
	await page.goto('/');
	await openImportExport(page);
	const comment = 'Toelichting bij de cijfers van deze gemeente. '.repeat(3500);
	const bytes = workbook([
		['Gemeentecode', 'Gemeente', 'Inwoners', 'Opmerking'],
		['GM1680', 'Aa en Hunze', 26000, comment],
		['GM0106', 'Assen', 71000, comment],
		['GM1979', 'Eemsdelta', 45000, comment],
		['GM0014', 'Groningen', 245000, comment]
	]);
	expect(bytes.length).toBeLessThan(20_000);
	const path = testInfo.outputPath('lange-opmerkingen.xlsx');
	await writeFile(path, bytes);
	const started = Date.now();
	const dialog = await importFile(page, path);
	await expect(dialog).toContainText('4 waarden in 4 gemeenten veranderen.');
	testInfo.annotations.push({ type: 'preview', description: `${Date.now() - started} ms` });
	await dialog.getByRole('button', { name: 'Toepassen' }).click();
	await expect(page.getByText('Import toegepast: 4 waarden in 4 gemeenten.')).toBeVisible();
	expect(seen).toEqual([]);
});

test('a zip bomb named .xlsx is refused in Dutch within seconds and changes nothing', async ({
	page
}, testInfo) => {
	await page.goto('/');
	await openImportExport(page);
	// 200 MB of one character packs to a few hundred KB.
	const filler = new Uint8Array(200 * 1024 * 1024).fill(0x20);
	const bomb = zipSync(
		{
			'[Content_Types].xml': strToU8('<Types/>'),
			'xl/workbook.xml': strToU8('<workbook/>'),
			'xl/worksheets/sheet1.xml': filler
		},
		{ level: 9 }
	);
	const path = testInfo.outputPath('bom.xlsx');
	await writeFile(path, bomb);
	const dialog = await importFile(page, path);
	await expect(dialog.locator('.problems')).toContainText(/Excel-bestand/);
	await expect(dialog.getByRole('button', { name: 'Toepassen' })).toBeDisabled();
	await expect(page.getByRole('button', { name: 'Gegevens importeren' })).toBeEnabled();
});
