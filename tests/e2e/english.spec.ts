import { readFile, writeFile } from 'node:fs/promises';
import { deflateSync } from 'fflate';
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

test('English mode: a refused share link and an import with problems say why in English, naming the municipality and the field', async ({
	page
}, testInfo) => {
	await page.addInitScript(() => localStorage.setItem('verdeelwijzer.lang', 'en'));
	// A link to a scenario with a mutation rate of 200 %: refused, the scenario on screen stays.
	const scenario = JSON.parse(await readFile('src/lib/scenarios/bijlage5.json', 'utf8'));
	scenario.municipalities[0].mutationRate = 2;
	const packed = deflateSync(new TextEncoder().encode(JSON.stringify(scenario)), { level: 9 });
	await page.goto(`/#s=${Buffer.from(packed).toString('base64url')}`);
	const refused = page.getByRole('status').filter({ hasText: 'This share link cannot be opened' });
	await expect(refused).toContainText(
		`the scenario in it is not valid. Municipality ${scenario.municipalities[0].name} (${scenario.municipalities[0].code}), field ‘mutation rate’ (mutationRate): may be at most 1, but is 2.`
	);
	await expect(refused).toContainText('The scenario that was open stays open.');
	await expect(refused).not.toContainText(/deellink|blijft open|Gemeente|veld/);
	await expect(page.getByRole('heading', { name: 'Allocation versus fair share' })).toBeVisible();

	// An import with a value out of range and an unknown municipality.
	const path = testInfo.outputPath('wrong.csv');
	await writeFile(
		path,
		'\uFEFFGemeentecode;Gemeente;Mutatiegraad (%)\r\n' +
			'GM0014;Groningen;140\r\n' +
			'GM9999;Nowhere;8\r\n'
	);
	await page
		.getByRole('complementary', { name: 'Settings' })
		.locator('summary', { hasText: /^Import and export$/ })
		.click();
	const chooser = page.waitForEvent('filechooser');
	await page.getByRole('button', { name: 'Import figures' }).click();
	await (await chooser).setFiles(path);
	const dialog = page.getByRole('dialog', { name: /^Import figures:/ });
	await expect(
		dialog.getByText(
			'Line 2, municipality Groningen (GM0014), field ‘mutation rate’: may be at most 100%, but is 140%.'
		)
	).toBeVisible();
	await expect(
		dialog.getByText('Line 3: municipality ‘Nowhere’ (GM9999) is not in this scenario.')
	).toBeVisible();
	// No Dutch in any listed problem (the file's own headers, shown as written, aside).
	for (const item of await dialog.locator('li').allTextContents()) {
		expect(item).not.toMatch(/\b(Regel|gemeente|veld|moet|mag|hoogstens)\b/);
	}
	await expect(dialog.getByRole('button', { name: 'Apply' })).toBeDisabled();
});
