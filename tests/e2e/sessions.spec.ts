import { expect, test } from '@playwright/test';

test('presentation shortcuts: 1, 2, 3 switch the keys, arrows step the year, Esc leaves', async ({
	page
}) => {
	await page.goto('/');
	await page.getByRole('button', { name: 'Presenteren' }).click();
	await expect(page.getByRole('button', { name: 'Presentatie verlaten (Esc)' })).toBeVisible();
	await page.locator('main.charts').click({ position: { x: 5, y: 5 } });
	await page.keyboard.press('2');
	await expect(
		page.getByRole('radio', { name: 'Sociale huurwoningen', exact: true })
	).toBeChecked();
	await page.keyboard.press('3');
	await expect(
		page.getByRole('radio', { name: 'Beschikbare sociale huurwoningen', exact: true })
	).toBeChecked();
	await page.keyboard.press('1');
	await expect(page.getByRole('radio', { name: 'Inwoners', exact: true })).toBeChecked();
	const caption = page.getByText(/Urgente huishoudens in \d{4} per gemeente; het streepje/);
	await expect(caption).toContainText('2026');
	await page.keyboard.press('ArrowRight');
	await page.keyboard.press('ArrowRight');
	await expect(caption).toContainText('2028');
	await page.keyboard.press('ArrowLeft');
	await expect(caption).toContainText('2027');
	await page.keyboard.press('Escape');
	await expect(page.getByRole('button', { name: 'Presenteren' })).toBeVisible();
	// Outside presentation mode the digits do nothing.
	await page.locator('main.charts').click({ position: { x: 5, y: 5 } });
	await page.keyboard.press('3');
	await expect(page.getByRole('radio', { name: 'Inwoners', exact: true })).toBeChecked();
});

test('a presenter window on a second screen follows the main window', async ({ page, context }) => {
	await page.goto('/');
	await expect(page.getByRole('heading', { name: 'Verdeling versus fair share' })).toBeVisible();
	await page.waitForTimeout(600);
	const presenter = await context.newPage();
	await presenter.goto('/?scherm=presentator');
	await expect(presenter.getByRole('button', { name: 'Presentatie verlaten (Esc)' })).toBeVisible();
	await page.getByRole('radio', { name: 'Beschikbare sociale huurwoningen', exact: true }).check();
	await expect(
		presenter.getByRole('radio', { name: 'Beschikbare sociale huurwoningen', exact: true })
	).toBeChecked();
	await page.getByRole('slider', { name: 'Groeipad (jaren)' }).fill('7');
	await expect(presenter.getByRole('slider', { name: 'Groeipad (jaren)' })).toHaveCount(0);
	await presenter.getByText('Welke knoppen tonen?').click();
	await presenter.getByRole('checkbox', { name: 'Groeipad (jaren)' }).check();
	await expect(presenter.getByRole('slider', { name: 'Groeipad (jaren)' })).toHaveValue('7');
	// And back: the presenter's change reaches the main window.
	await presenter.keyboard.press('Escape');
	await presenter.getByRole('radio', { name: 'Inwoners', exact: true }).check();
	await expect(page.getByRole('radio', { name: 'Inwoners', exact: true })).toBeChecked();
});
