import { expect, test } from '@playwright/test';

// Offline after one visit (issue 13): the service worker serves the shell, code, data and map.
test.use({ serviceWorkers: 'allow' });

test('after one visit the app opens offline with its charts, map and engine', async ({
	page,
	context
}) => {
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	await page.goto('/');
	const rows = page
		.getByRole('list', { name: 'Verdeling versus fair share', exact: true })
		.locator('g.row');
	await expect(rows.first()).toBeVisible();
	expect(await page.evaluate(async () => !!(await navigator.serviceWorker.ready).active)).toBe(
		true
	);

	await context.setOffline(true);
	await page.reload();
	await expect(rows.first()).toBeVisible();
	await expect(page.locator('link[rel="manifest"]')).toHaveCount(1);
	// The map's shapes came from the cache too.
	await expect(page.locator('svg path[data-code="GM0014"]').first()).toBeAttached();
	// And the engine's worker runs: another key, other figures.
	const centrum = rows.and(page.locator('[data-code="GM0014"]'));
	const before = await centrum.getAttribute('aria-label');
	await page.getByRole('radio', { name: 'Sociale huurwoningen', exact: true }).check();
	await expect(centrum).not.toHaveAttribute('aria-label', before!);
	expect(errors).toEqual([]);
});
