import { expect, test, type Page } from '@playwright/test';

// Bars jump to their new length, so a measured width is the final one.
test.use({ contextOptions: { reducedMotion: 'reduce' } });

/** Open the app on the seed's Bijlage 5 example. */
async function openBijlage5(page: Page) {
	await page.goto('/');
	const picker = page.getByRole('combobox', { name: 'Regio' });
	await picker.fill('Bijlage 5');
	await page.getByRole('option', { name: /Bijlage 5/ }).click();
	await expect(page.getByText('Bijlage 5 rekenvoorbeeld').first()).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Verdeling versus fair share' })).toBeVisible();
}

const chart = (page: Page, title: string) =>
	page
		.locator('section.card')
		.filter({ has: page.getByRole('heading', { name: title, exact: true }) });

test('switching the three keys shows 83 %, 91 % and 93 % for the centrum', async ({ page }) => {
	await openBijlage5(page);
	const card = chart(page, 'Verdeling versus fair share');
	await card.getByRole('button', { name: 'Tabel' }).click();
	const centrum = card.getByRole('row', { name: /Centrumgemeente/ });
	for (const [name, share] of [
		['Inwoners', '83%'],
		['Sociale huurwoningen', '91%'],
		['Beschikbare sociale huurwoningen', '93%']
	]) {
		await page.getByRole('radio', { name, exact: true }).check();
		await expect(centrum.getByRole('cell').first()).toHaveText(share!);
	}
});

test('moving "Mutatiegraad" with the keyboard changes the available-key bars', async ({ page }) => {
	await openBijlage5(page);
	await page.getByRole('radio', { name: 'Beschikbare sociale huurwoningen', exact: true }).check();
	const row = chart(page, 'Verdeling versus fair share').locator('g.row[data-code="C"]');
	await expect(row).toHaveAttribute('aria-label', /Huishoudens: 93/);
	const bar = row.locator('rect.bar');
	const before = Number(await bar.getAttribute('width'));
	const slider = page.getByRole('slider', { name: 'Mutatiegraad', exact: true });
	await slider.focus();
	// The slider shifts both rates by the same points (8 and 6 %): to its maximum of 25 %
	// the relative difference shrinks (25,2 and 23,2 %) and the centrum's share with it.
	await slider.press('End');
	await expect(row).toHaveAttribute('aria-label', /Huishoudens: 91/);
	await expect.poll(async () => Number(await bar.getAttribute('width'))).toBeLessThan(before);
});

test('a growth path fills the ledger', async ({ page }) => {
	await openBijlage5(page);
	const ledger = page.getByRole('list', { name: 'Saldo boven of onder fair share (cumulatief)' });
	await expect(ledger.locator('g.row[data-code="C"]')).toHaveAttribute(
		'aria-label',
		/Saldo 2026: 0/
	);
	const years = page.getByRole('slider', { name: 'Groeipad (jaren)' });
	await years.fill('5');
	// Today 94 % in the centrum against 83 % by inhabitants: it delivers above its fair share.
	await expect(ledger.locator('g.row[data-code="C"]')).toHaveAttribute(
		'aria-label',
		/Saldo 2026: \+9/
	);
	await expect(ledger.locator('g.row[data-code="R"]')).toHaveAttribute(
		'aria-label',
		/Saldo 2026: −9/
	);
});

test('lowering the cap until households cannot be placed shows the warning', async ({ page }) => {
	await openBijlage5(page);
	await page.getByRole('checkbox', { name: 'Geen maximum' }).uncheck();
	const cap = page.getByRole('slider', { name: 'Maximaal aandeel toewijzingen aan urgenten' });
	await expect(cap).toBeEnabled();
	await cap.focus();
	await cap.press('Home');
	await expect(
		page.getByText(/kunnen .* urgente huishoudens nergens geplaatst worden/).first()
	).toBeVisible();
	await expect(page.getByTestId('unplaced')).toHaveText('100');
});

test('the default region opens with its municipalities on the map', async ({ page }) => {
	await page.goto('/');
	await expect(
		page
			.getByRole('heading', { name: 'Arbeidsmarktregio Groningen' })
			.or(page.getByText('Arbeidsmarktregio Groningen').first())
	).toBeVisible();
	const rows = chart(page, 'Verdeling versus fair share').locator('g.row');
	await expect(rows.first()).toBeVisible();
	const map = page.getByRole('list', { name: 'Op de kaart' });
	await expect(map.locator('path[data-code]')).toHaveCount(await rows.count());
	await expect(map.locator('path[data-code="GM0014"]')).toHaveAttribute(
		'aria-label',
		/^Groningen, Huishoudens: \d+/
	);
	await expect(page.getByText('Bron: CBS').first()).toBeVisible();
});

test('the uncertainty band appears on request and follows the scenario', async ({ page }) => {
	await page.goto('/');
	const card = chart(page, 'In de tijd');
	await expect(card.locator('path.band')).toHaveCount(0);
	await card.getByRole('checkbox', { name: 'Onzekerheid (P10–P90)' }).check();
	const band = card.locator('path.band');
	await expect(band).toHaveCount(1);
	const before = await band.getAttribute('d');
	await page.getByRole('radio', { name: 'Sociale huurwoningen', exact: true }).check();
	await expect.poll(() => band.getAttribute('d')).not.toBe(before);
	await card.getByRole('checkbox', { name: 'Onzekerheid (P10–P90)' }).uncheck();
	await expect(band).toHaveCount(0);
});
