import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

// Issue 9: the app at the screen sizes of council rooms, presentation mode, and axe-core.
test.use({ contextOptions: { reducedMotion: 'reduce' } });

const SIZES = [
	[1024, 768],
	[1280, 720],
	[1366, 768],
	[1920, 1080],
	[3840, 2160]
] as const;

async function open(page: Page, query = '') {
	await page.goto(`/${query}`);
	await expect(page.getByRole('heading', { name: 'Verdeling versus fair share' })).toBeVisible();
}

/** What lies outside the window or overlaps: the problems the outside check looks for. */
function layoutProblems(page: Page) {
	return page.evaluate(() => {
		const out: string[] = [];
		const W = innerWidth;
		if (document.documentElement.scrollWidth > W)
			out.push(`page ${document.documentElement.scrollWidth} px wide`);
		for (const el of document
			.querySelector('header')!
			.querySelectorAll('button, select, input, a')) {
			const r = el.getBoundingClientRect();
			if (r.width && (r.right > W + 1 || r.left < -1))
				out.push(`${el.textContent?.trim()} outside`);
		}
		for (const svg of document.querySelectorAll('svg')) {
			const boxes = [...svg.querySelectorAll('.tick text')]
				.map((t) => t.getBoundingClientRect())
				.filter((r) => r.width)
				.sort((a, b) => a.left - b.left);
			boxes.forEach((r, i) => {
				if (i && Math.abs(r.top - boxes[i - 1]!.top) < 2 && r.left < boxes[i - 1]!.right)
					out.push(`ticks overlap in ${svg.getAttribute('aria-label')}`);
			});
		}
		return out;
	});
}

/** The app at `width`×`height`, presenting its first view; returns the stage. */
async function present(page: Page, width: number, height: number) {
	await page.setViewportSize({ width, height });
	await open(page);
	await page.getByRole('button', { name: 'Presenteren' }).click();
	return page.locator('.stage');
}

/** Smallest font size of the chart text shown, px. */
const smallestChartText = (page: Page) =>
	page.evaluate(() =>
		Math.min(
			...[...document.querySelectorAll('.stage svg text')]
				.filter((t) => t.getBoundingClientRect().width > 0)
				.map((t) => parseFloat(getComputedStyle(t).fontSize))
		)
	);

for (const [width, height] of SIZES) {
	test(`at ${width}×${height} nothing leaves the window and no axis labels overlap`, async ({
		page
	}) => {
		await page.setViewportSize({ width, height });
		await open(page);
		expect(await layoutProblems(page)).toEqual([]);
		await page.getByRole('button', { name: 'Presenteren' }).click();
		await expect(page.locator('.stage')).toBeVisible();
		for (let v = 0; v < 5; v++) {
			expect(await layoutProblems(page), `view ${v}`).toEqual([]);
			await page.keyboard.press('PageDown');
		}
		await page.keyboard.press('Escape');
		await expect(page.getByRole('button', { name: 'Presenteren' })).toBeVisible();
	});
}

test('the presenter window fits at 1280×720 and shows the next view and the controls', async ({
	page
}) => {
	await page.setViewportSize({ width: 1280, height: 720 });
	await open(page, '?scherm=presentator');
	await expect(page.locator('.next')).toContainText('Volgende: De drie sleutels naast elkaar');
	await expect(page.getByRole('radiogroup', { name: 'Verdeelsleutel' })).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Notities' })).toBeVisible();
	expect(await layoutProblems(page)).toEqual([]);
	// The view's charts end inside the window: allocation, then the time view with its ledger.
	const stage = page.locator('.stage');
	for (const view of ['allocation', 'keys', 'time']) {
		await expect(stage).toHaveAttribute('data-view', view);
		const bottom = await stage.evaluate((el) =>
			Math.max(...[...el.querySelectorAll('svg')].map((s) => s.getBoundingClientRect().bottom))
		);
		expect(bottom, view).toBeLessThanOrEqual(720);
		await page.keyboard.press('PageDown');
	}
});

for (const [width, height, least] of [
	[1920, 1080, 28],
	[1280, 720, 20]
] as const) {
	test(`presentation at ${width}×${height}: one view at a time, chart text at least ${least} px, keys drive it`, async ({
		page
	}) => {
		const stage = await present(page, width, height);
		await expect(stage).toHaveAttribute('data-view', 'allocation');
		expect(await smallestChartText(page)).toBeGreaterThanOrEqual(least);
		// One view: the other charts are not on the page.
		await expect(
			page.getByRole('heading', { name: 'Druk op regulier woningzoekenden' })
		).toHaveCount(0);
		for (const view of ['keys', 'time', 'pressure', 'map']) {
			await page.keyboard.press('PageDown');
			await expect(stage).toHaveAttribute('data-view', view);
			expect(await smallestChartText(page), view).toBeGreaterThanOrEqual(least);
		}
		await page.keyboard.press('PageUp');
		await expect(stage).toHaveAttribute('data-view', 'pressure');
		await page.keyboard.press('2');
		await expect(stage.locator('.band')).toContainText('Sociale huurwoningen');
		const year = page.getByTestId('presented-year');
		await expect(year).toHaveText('2026');
		await page.keyboard.press('ArrowRight');
		await expect(year).toHaveText('2027');
		await page.keyboard.press('Escape');
		await expect(stage).toHaveCount(0);
	});
}

for (const [width, height] of [
	[1280, 720],
	[1024, 768]
] as const) {
	test(`presentation at ${width}×${height}: the time view and its ledger fit the window without scrolling`, async ({
		page
	}) => {
		const stage = await present(page, width, height);
		for (const view of ['keys', 'time']) {
			await page.keyboard.press('PageDown');
			await expect(stage).toHaveAttribute('data-view', view);
		}
		const ledger = stage.locator('.ledger');
		await expect(
			ledger.getByRole('list', { name: /Saldo boven of onder fair share/ }).getByRole('listitem')
		).toHaveCount(
			await page.evaluate(() => document.querySelectorAll('.stage select option').length)
		);
		const box = (await ledger.boundingBox())!;
		expect(box.y).toBeGreaterThanOrEqual(0);
		expect(box.y + box.height).toBeLessThanOrEqual(height);
		const plot = (await stage.locator('.plot').boundingBox())!;
		expect(plot.y + plot.height).toBeLessThanOrEqual(height);
		// Nothing below the fold: the presentation does not scroll.
		const scrolls = await page.evaluate(() => {
			const area = document.querySelector('.presenting')!;
			return area.scrollHeight > area.clientHeight + 1;
		});
		expect(scrolls).toBe(false);
	});
}

test('the compensation is labelled with the chosen year and the end of the horizon', async ({
	page
}) => {
	await open(page);
	const money = page.getByTestId('compensation');
	await expect(money).toContainText('Compensatie t/m 2026');
	await expect(money).toContainText('Eind horizon (2035)');
	const year = page.getByRole('textbox', { name: 'Jaar (getal)' });
	await year.fill('2030');
	await year.press('Enter');
	await expect(money).toContainText('Compensatie t/m 2030');
	await expect(money.locator('dd').first()).toContainText('€');
});

test('at 1280×720 the Figuur 2 table shows every column without sideways scrolling', async ({
	page
}) => {
	await page.setViewportSize({ width: 1280, height: 720 });
	await open(page);
	const table = page.getByRole('table', { name: 'Figuur 2' });
	for (const column of ['Huidige verdeling', 'Kwetsbare inwoners', 'Inwoners']) {
		await expect(table.getByRole('columnheader', { name: column, exact: true })).toBeVisible();
	}
	const fits = await table.evaluate((t) => {
		const box = t.parentElement!;
		return box.scrollWidth <= box.clientWidth && t.getBoundingClientRect().right <= innerWidth;
	});
	expect(fits).toBe(true);
});

test('the ledger shows every municipality of the region without an inner scroll', async ({
	page
}) => {
	await open(page);
	const ledger = page.getByRole('list', { name: /Saldo boven of onder fair share/ });
	const rows = await ledger.getByRole('listitem').count();
	const summary = page.getByRole('list', { name: 'Verdeling versus fair share' });
	expect(rows).toBe(await summary.getByRole('listitem').count());
	expect(rows).toBeGreaterThan(10);
});

test('a chart is one tab stop; the arrow keys move through its rows', async ({ page }) => {
	await open(page);
	const chart = page.getByRole('list', { name: 'Verdeling versus fair share' });
	await expect(chart.locator('[tabindex="0"]')).toHaveCount(1);
	await chart.locator('[tabindex="0"]').focus();
	await page.keyboard.press('ArrowDown');
	await expect(chart.locator(':focus')).toHaveAttribute('aria-label', /^Assen/);
	await expect(page.getByRole('tooltip')).toContainText('Assen');
});

test('"Alles terugzetten" can be undone from the notice', async ({ page }) => {
	await open(page);
	await page.getByRole('radio', { name: 'Sociale huurwoningen', exact: true }).check();
	await page.getByRole('button', { name: 'Alles terugzetten' }).click();
	await expect(page.getByRole('radio', { name: 'Inwoners', exact: true })).toBeChecked();
	await page.getByRole('status').getByRole('button', { name: 'Ongedaan maken' }).click();
	await expect(
		page.getByRole('radio', { name: 'Sociale huurwoningen', exact: true })
	).toBeChecked();
});

test('the skip link leads to the charts and the file input speaks Dutch', async ({ page }) => {
	await open(page);
	await page.keyboard.press('Tab');
	const skip = page.getByRole('link', { name: 'Naar de grafieken' });
	await expect(skip).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page.locator('#grafieken')).toBeFocused();
	await expect(page.getByText('Geen bestand gekozen')).toBeVisible();
	await expect(page.getByText('Kies een bestand')).toBeVisible();
});

const serious = async (page: Page) =>
	(await new AxeBuilder({ page }).analyze()).violations
		.filter((v) => v.impact === 'serious' || v.impact === 'critical')
		.map((v) => `${v.id}: ${v.nodes.length} × ${v.nodes[0]?.target.join(' ')}`);

test('axe-core finds no serious or critical violations: default screen, tables, presentation, English', async ({
	page
}) => {
	// axe over every table and five views is slow on a busy machine; no timing is asserted.
	test.setTimeout(300_000);
	await open(page);
	expect(await serious(page), 'default screen').toEqual([]);
	for (const toggle of await page.getByRole('button', { name: 'Tabel' }).all())
		await toggle.click();
	expect(await serious(page), 'every table').toEqual([]);
	await page.getByRole('combobox', { name: 'Taal' }).selectOption('en');
	await expect(page.getByRole('heading', { name: 'Allocation versus fair share' })).toBeVisible();
	expect(await serious(page), 'English').toEqual([]);
	await page.getByRole('combobox', { name: 'Language' }).selectOption('nl');
	await page.getByRole('button', { name: 'Presenteren' }).click();
	for (let v = 0; v < 5; v++) {
		expect(await serious(page), `presentation view ${v}`).toEqual([]);
		await page.keyboard.press('PageDown');
	}
});

test('the printed report: no form controls, the scenario name and page numbers on every page, a chart per page', async ({
	page
}) => {
	await open(page);
	await page.emulateMedia({ media: 'print' });
	await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
	const visibleControls = await page.evaluate(
		() =>
			[...document.querySelectorAll('button, select, input, textarea')].filter(
				(e) => e.getBoundingClientRect().width > 0
			).length
	);
	expect(visibleControls).toBe(0);
	await expect(page.locator('.report-header')).toBeVisible();
	const pageRule = await page.evaluate(() =>
		[...document.styleSheets]
			.flatMap((s) => [...s.cssRules])
			.map((r) => r.cssText)
			.filter((t) => t.startsWith('@page'))
			.join('\n')
	);
	expect(pageRule).toContain('counter(page)');
	expect(pageRule).toContain('Verdeelwijzer: Arbeidsmarktregio Groningen');
	// Page 1 holds the report header and the summary; each of the five charts starts a page.
	const pdf = await page.pdf({ format: 'A4' });
	const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
	expect(pages).toBeGreaterThanOrEqual(6);
});

test('the presenter window follows the view the main window presents', async ({
	page,
	context
}) => {
	await open(page);
	// The presenter link names this tab: only the window it opens follows it.
	await page.getByRole('button', { name: 'Presenteren' }).click();
	const opened = context.waitForEvent('page');
	await page.getByRole('button', { name: 'Tweede scherm' }).click();
	const presenter = await opened;
	await expect(presenter.locator('.stage')).toHaveAttribute('data-view', 'allocation');
	await page.bringToFront();
	await page.locator('.stage .band').click({ position: { x: 5, y: 5 } });
	await page.keyboard.press('PageDown');
	await expect(page.locator('.stage')).toHaveAttribute('data-view', 'keys');
	await expect(presenter.locator('.stage')).toHaveAttribute('data-view', 'keys');
	await expect(presenter.locator('.next')).toContainText('In de tijd');
});
