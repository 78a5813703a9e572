import { expect, test } from '@playwright/test';

test('presentation shortcuts: 1, 2, 3 switch the keys, arrows step the year, Esc leaves', async ({
	page
}) => {
	await page.goto('/');
	await page.getByRole('button', { name: 'Presenteren' }).click();
	await expect(page.getByRole('button', { name: 'Presentatie verlaten (Esc)' })).toBeVisible();
	// The audience sees the view only: the key and the year are in the band above it.
	const band = page.locator('.stage .band');
	await page.locator('main').click({ position: { x: 5, y: 5 } });
	await page.keyboard.press('2');
	await expect(band).toContainText('Verdeelsleutel: Sociale huurwoningen');
	await page.keyboard.press('3');
	await expect(band).toContainText('Verdeelsleutel: Beschikbare sociale huurwoningen');
	await page.keyboard.press('1');
	await expect(band).toContainText('Verdeelsleutel: Inwoners');
	const caption = page.getByText(/Urgente huishoudens in \d{4} per gemeente; het streepje/);
	await expect(caption).toContainText('2026');
	await page.keyboard.press('ArrowRight');
	await page.keyboard.press('ArrowRight');
	await expect(caption).toContainText('2028');
	await page.keyboard.press('ArrowLeft');
	await expect(caption).toContainText('2027');
	await page.keyboard.press('Escape');
	await expect(page.getByRole('button', { name: 'Presenteren' })).toBeVisible();
	await expect(page.getByRole('radio', { name: 'Inwoners', exact: true })).toBeChecked();
	// Outside presentation mode the digits do nothing.
	await page.locator('main.charts').click({ position: { x: 5, y: 5 } });
	await page.keyboard.press('3');
	await expect(page.getByRole('radio', { name: 'Inwoners', exact: true })).toBeChecked();
});

test('a presenter window on a second screen follows the main window', async ({ page, context }) => {
	await page.goto('/');
	await expect(page.getByRole('heading', { name: 'Verdeling versus fair share' })).toBeVisible();
	await page.waitForTimeout(600);
	// The presenter link names this tab: only this tab and its presenter window stay in step.
	await page.getByRole('button', { name: 'Presenteren' }).click();
	const opened = context.waitForEvent('page');
	await page.getByRole('button', { name: 'Tweede scherm' }).click();
	const presenter = await opened;
	await page.getByRole('button', { name: 'Presentatie verlaten (Esc)' }).click();
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

const centrumLabel = (page: import('@playwright/test').Page) =>
	page.locator('section.card').first().locator('g.row').first().getAttribute('aria-label');

test('a scenario saved under a name is still there after a reload', async ({ page }) => {
	await page.goto('/');
	await page.getByRole('radio', { name: 'Sociale huurwoningen', exact: true }).check();
	await page.getByRole('textbox', { name: 'Naam van het scenario' }).fill('Sociale voorraad, 2026');
	await page.getByRole('button', { name: 'Bewaren' }).click();
	const saved = page.getByRole('list', { name: 'Bewaarde scenario’s' });
	await expect(saved).toContainText('Sociale voorraad, 2026');
	await page.reload();
	await expect(saved).toContainText('Sociale voorraad, 2026');
	// Rename, duplicate, delete.
	await saved.getByRole('button', { name: 'Dupliceren Sociale voorraad, 2026' }).click();
	await expect(saved).toContainText('Sociale voorraad, 2026 (kopie)');
	await saved.getByRole('button', { name: 'Verwijderen Sociale voorraad, 2026 (kopie)' }).click();
	await expect(saved.getByRole('listitem')).toHaveCount(1);
	await saved.getByRole('button', { name: 'Hernoemen Sociale voorraad, 2026' }).click();
	await saved.getByRole('textbox').fill('Voorraad');
	await saved.getByRole('button', { name: 'OK' }).click();
	await expect(saved).toContainText('Voorraad');
	// Opening it brings back its key.
	await page.getByRole('radio', { name: 'Inwoners', exact: true }).check();
	await saved.getByRole('button', { name: 'Openen Voorraad' }).click();
	await expect(
		page.getByRole('radio', { name: 'Sociale huurwoningen', exact: true })
	).toBeChecked();
});

test('an edit survives closing the page without saving', async ({ context }) => {
	const page = await context.newPage();
	await page.goto('/');
	await page.getByRole('radio', { name: 'Beschikbare sociale huurwoningen', exact: true }).check();
	await page.getByRole('slider', { name: 'Groeipad (jaren)' }).fill('4');
	await page.waitForTimeout(600);
	await page.close({ runBeforeUnload: true });
	const again = await context.newPage();
	await again.goto('/');
	await expect(
		again.getByRole('radio', { name: 'Beschikbare sociale huurwoningen', exact: true })
	).toBeChecked();
	await expect(again.getByRole('slider', { name: 'Groeipad (jaren)' })).toHaveValue('4');
});

test('a share link opened in a fresh browser shows identical numbers', async ({
	page,
	browser
}) => {
	await page.goto('/');
	await page.getByRole('radio', { name: 'Beschikbare sociale huurwoningen', exact: true }).check();
	await page.getByRole('slider', { name: 'Groeipad (jaren)' }).fill('3');
	await page.getByRole('button', { name: 'Tabel' }).first().click();
	const table = page.locator('section.card').first().getByRole('table');
	await expect(table).toBeVisible();
	const before = await table.innerText();
	await page.getByRole('button', { name: 'Deellink' }).click();
	const link = await page.getByRole('textbox', { name: 'Deellink' }).inputValue();
	expect(link).toMatch(/#s=[A-Za-z0-9_-]+$/);

	const fresh = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
	const other = await fresh.newPage();
	await other.goto(link);
	await expect(
		other.getByRole('radio', { name: 'Beschikbare sociale huurwoningen', exact: true })
	).toBeChecked();
	await other.getByRole('button', { name: 'Tabel' }).first().click();
	const otherTable = other.locator('section.card').first().getByRole('table');
	await expect(otherTable).toBeVisible();
	expect(await otherTable.innerText()).toBe(before);
	await fresh.close();
});

for (const [what, fragment] of [
	[
		'script in a name, text in a number',
		'#s=TY9BTsNADEWvEs0KpAJpEUJCLYeADRXqwp2YxmXGjjympY1yd2aSInVnP3_7f_fuSzSCuZfKHVAbxHCk_Rn1LnlkUBI3GyeJhLNonjuGiEW_TF6ps1cIqHYzv10-XEBZ2ULCNYJm4aJePGXSitJZuMCU6WNG8YfJUweBjLDAz955acbrH-7aiuKuSupXv5Uwqoqu_l1HN-IWtmTAlqZPMBTcHDEE4l26JE_iCcJ7C1qu1vdTBgPLz72BTbB-HjZlFyNwUzKV7htPueydnbox0LXhMPwB'
	],
	['not base64', '#s=%%%***'],
	['1 MB of data', '#s=' + 'A'.repeat(1_000_000)],
	['not deflate', '#s=PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg'],
	[
		'wrong types',
		'#s=HYtBDoAgDAS_YnrWgwcv_qaBNamBYgpqovHvAsedmX1pSxa50DrQBfNAuGV_YFN2UDZJNHaTJWmN5rriqeLk4CBFkNtTgZZ5RFZfwfL9'
	]
] as const) {
	test(`a hostile share link (${what}) changes nothing and says why`, async ({ page }) => {
		await page.goto('/');
		await expect(page.getByRole('heading', { name: 'Verdeling versus fair share' })).toBeVisible();
		const label = await centrumLabel(page);
		await page.goto('/' + fragment);
		await expect(page.getByText(/Deze deellink kan niet worden geopend/)).toBeVisible();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Verdeelwijzer');
		await expect(page.getByText('Arbeidsmarktregio Groningen').first()).toBeVisible();
		expect(await centrumLabel(page)).toBe(label);
		expect(
			await page.evaluate(() => document.querySelectorAll('script:not([src])').length)
		).toBeLessThan(2);
	});
}

test('markup in a shared name is shown as text, never run', async ({ page }) => {
	const { deflateRawSync } = await import('node:zlib');
	const { readFileSync } = await import('node:fs');
	const example = JSON.parse(readFileSync('src/lib/scenarios/bijlage5.json', 'utf8'));
	example.municipalities[0].name = '<img src=x onerror=alert(1)>';
	const fragment = deflateRawSync(JSON.stringify(example)).toString('base64url');
	const dialogs: string[] = [];
	page.on('dialog', (d) => {
		dialogs.push(d.message());
		void d.dismiss();
	});
	await page.goto('/#s=' + fragment);
	const row = page.locator('section.card').first().locator('g.row[data-code="C"]');
	await expect(row).toContainText('<img src=x onerror=alert(1)>');
	expect(await page.locator('img').count()).toBe(0);
	expect(dialogs).toEqual([]);
});

test('undo and redo step exactly back and forth through a sequence of edits', async ({ page }) => {
	await page.goto('/');
	await expect(page.getByRole('heading', { name: 'Verdeling versus fair share' })).toBeVisible();
	const states: (string | null)[] = [await centrumLabel(page)];
	const steps = [
		() => page.getByRole('radio', { name: 'Sociale huurwoningen', exact: true }).check(),
		() =>
			page.getByRole('radio', { name: 'Beschikbare sociale huurwoningen', exact: true }).check(),
		() => page.getByRole('slider', { name: 'Groeipad (jaren)' }).fill('6')
	];
	for (const step of steps) {
		await step();
		await page.waitForTimeout(900); // separate undo steps, not one drag
		states.push(await centrumLabel(page));
	}
	const undo = page.getByRole('button', { name: /Ongedaan maken/ });
	for (let i = states.length - 2; i >= 0; i--) {
		await undo.click();
		await expect.poll(() => centrumLabel(page)).toBe(states[i]);
	}
	await expect(undo).toBeDisabled();
	await page.locator('main.charts').click({ position: { x: 5, y: 5 } });
	for (let i = 1; i < states.length; i++) {
		await page.keyboard.press('Control+Shift+Z');
		await expect.poll(() => centrumLabel(page)).toBe(states[i]);
	}
	await expect(page.getByRole('slider', { name: 'Groeipad (jaren)' })).toHaveValue('6');
	await page.keyboard.press('Control+Z');
	await expect(page.getByRole('slider', { name: 'Groeipad (jaren)' })).toHaveValue('0');
});

test('during a whole journey no request leaves localhost', async ({ page }) => {
	const outside: string[] = [];
	page.on('request', (r) => {
		const url = new URL(r.url());
		if (!['localhost', '127.0.0.1'].includes(url.hostname) && !url.protocol.startsWith('blob'))
			outside.push(r.url());
	});
	await page.goto('/');
	const picker = page.getByRole('combobox', { name: 'Regio' });
	await picker.fill('Utrecht');
	await page
		.getByRole('option', { name: /Utrecht/ })
		.first()
		.click();
	await page.getByRole('radio', { name: 'Beschikbare sociale huurwoningen', exact: true }).check();
	await page.getByRole('slider', { name: 'Mutatiegraad', exact: true }).focus();
	await page.keyboard.press('ArrowRight');
	await page.getByRole('button', { name: 'Tabel' }).first().click();
	await page.getByRole('textbox', { name: 'Naam van het scenario' }).fill('Reis');
	await page.getByRole('button', { name: 'Bewaren' }).click();
	await page.getByRole('button', { name: 'Deellink' }).click();
	await page.getByRole('tab', { name: 'Vergelijken' }).click();
	await expect(page.getByText('Wat verschilt in de instellingen')).toBeVisible();
	await page.getByRole('tab', { name: 'Onderhandelen' }).click();
	await page.getByRole('button', { name: 'Presenteren' }).click();
	await page.keyboard.press('Escape');
	await page.reload();
	await expect(page.getByRole('heading', { name: 'Verdeling versus fair share' })).toBeVisible();
	expect(outside).toEqual([]);
});

test('without storage (private window) the app says so and keeps working', async ({ page }) => {
	await page.addInitScript(() => {
		Object.defineProperty(window, 'indexedDB', {
			get() {
				throw new DOMException('blocked', 'SecurityError');
			}
		});
	});
	await page.goto('/');
	await expect(page.getByText(/Opslaan in deze browser lukt niet/)).toBeVisible();
	await page.getByRole('radio', { name: 'Sociale huurwoningen', exact: true }).check();
	await expect(page.locator('section.card').first().locator('g.row').first()).toHaveAttribute(
		'aria-label',
		/Huishoudens: \d+/
	);
	await expect(page.getByRole('button', { name: 'Opslaan als bestand' })).toBeEnabled();
});

test('the comparison shows what differs between two scenarios and both allocations', async ({
	page
}) => {
	await page.goto('/');
	await page
		.getByRole('textbox', { name: 'Naam van het scenario' })
		.fill('Inwoners, groeipad 5 jaar');
	await page.getByRole('slider', { name: 'Groeipad (jaren)' }).fill('5');
	await page.getByRole('button', { name: 'Bewaren' }).click();
	await page.getByRole('radio', { name: 'Beschikbare sociale huurwoningen', exact: true }).check();
	await page.getByRole('tab', { name: 'Vergelijken' }).click();
	const diff = page.getByRole('table').filter({ hasText: 'Verdeelsleutel' });
	// The keys by the same names as the radio buttons (one table of key names).
	await expect(diff.getByRole('row', { name: /Verdeelsleutel/ })).toContainText(
		'Beschikbare sociale huurwoningen'
	);
	await expect(diff.getByRole('row', { name: /Verdeelsleutel/ })).toContainText('Inwoners');
	await expect(diff.locator('tr.differs')).toHaveCount(1);
	const groningen = page
		.getByRole('list', { name: /Scenario’s vergelijken/ })
		.locator('g.row[data-code="GM0014"]');
	await expect(groningen).toHaveAttribute(
		'aria-label',
		/Huidig scenario: \d+, Inwoners, groeipad 5 jaar: \d+/
	);
});

test('the print layout has the settings, every chart with its table and the sources', async ({
	page
}) => {
	await page.goto('/');
	await expect(page.getByRole('heading', { name: 'Verdeling versus fair share' })).toBeVisible();
	await page.emulateMedia({ media: 'print' });
	await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
	await expect(
		page.getByRole('heading', { name: /Verdeelwijzer: Arbeidsmarktregio Groningen/ })
	).toBeVisible();
	await expect(
		page.locator('section.report-header dt', { hasText: 'Verdeelsleutel' })
	).toBeVisible();
	const tables = page.locator('main.charts section.card table');
	expect(await tables.count()).toBeGreaterThanOrEqual(5);
	await expect(page.locator('main.charts section.card svg[role="list"]').first()).toBeVisible();
	await expect(page.getByText('Bron: CBS').first()).toBeVisible();
	await expect(page.getByRole('complementary', { name: 'Instellingen' })).toBeHidden();
	const pdf = await page.pdf({ format: 'A4' });
	expect(pdf.byteLength).toBeGreaterThan(10_000);
});
