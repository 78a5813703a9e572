import { expect, test, type Page } from '@playwright/test';

const chart = (page: Page, title: string) =>
	page
		.locator('section.card')
		.filter({ has: page.getByRole('heading', { name: title, exact: true }) });

test('what the cap counts is chosen next to the cap, and the pressure chart says its change in words', async ({
	page
}) => {
	await page.goto('/');
	const counts = page.getByRole('combobox', { name: 'Cap telt' });
	await expect(counts).toHaveValue('priority');
	await expect(counts.locator('option:checked')).toHaveText('urgenten en statushouders');
	await expect(page.getByText('Tellen statushouders mee voor het maximale aandeel?')).toBeVisible();
	await counts.selectOption({ label: 'alleen urgenten' });
	await expect(counts).toHaveValue('urgents');

	const pressure = chart(page, 'Druk op regulier woningzoekenden');
	await expect(
		pressure.getByText(
			't.o.v. nu: … minder/meer vrijkomende woningen voor regulier woningzoekenden'
		)
	).toBeVisible();
	await expect(pressure.locator('g.row[data-code="GM0014"]')).toContainText(
		/t\.o\.v\. nu: (\d+ (minder|meer)|gelijk)/
	);
	await pressure.getByRole('button', { name: 'Tabel' }).click();
	await expect(pressure.getByText(/tellen dus niet als verlies/)).toBeVisible();
});

test('the uncertainty band says what its mean is', async ({ page }) => {
	await page.goto('/');
	const card = chart(page, 'In de tijd');
	await card.getByRole('checkbox', { name: 'Onzekerheid (P10–P90)' }).check();
	await expect(card.locator('path.band')).toHaveCount(1);
	await expect(card.getByText(/^Band: P10–P90 van 200 trekkingen/)).toBeVisible();
});
