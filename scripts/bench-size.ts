/**
 * `npm run bench:size`: the JavaScript of a first visit, gzip-compressed (level 9, as a
 * server would send it). Loads the built app in Chromium and sorts every script it
 * requests by when the request started: before the first chart had its rows in the DOM
 * (a MutationObserver notes the moment), or after (deferred chunks, the map). Worker
 * scripts are listed apart. The service worker is blocked: its precache for offline use
 * fetches every file in the background. Prints per file and the totals; no thresholds.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { Request } from '@playwright/test';
import { ORIGIN, withBrowser } from './browserBench';

const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;
const gzipOf = (path: string) => gzipSync(readFileSync(`build${path}`), { level: 9 }).length;

// In-page, as text: the wall-clock time the first chart row is inserted.
const FIRST_CHART = `
new MutationObserver(function (_, mo) {
	if (!document.querySelector('main.charts g.row')) return;
	window.__firstChart = performance.timeOrigin + performance.now();
	mo.disconnect();
}).observe(document, { childList: true, subtree: true });
`;

await withBrowser(async (browser) => {
	const context = await browser.newContext({
		viewport: { width: 1920, height: 1080 },
		serviceWorkers: 'block'
	});
	const page = await context.newPage();
	await page.addInitScript(FIRST_CHART);
	const requests: Request[] = [];
	context.on('request', (r) => requests.push(r)); // the page's and its workers'
	await page.goto(`${ORIGIN}/`);
	await page.locator('main.charts g.row').first().waitFor();
	await page.waitForTimeout(3000);
	const firstChart = (await page.evaluate('window.__firstChart')) as number;
	const scripts = new Map<string, { worker: boolean; first: boolean; size: number }>();
	for (const r of requests) {
		const url = new URL(r.url());
		if (url.origin !== ORIGIN || !url.pathname.endsWith('.js') || scripts.has(url.pathname))
			continue;
		scripts.set(url.pathname, {
			worker: url.pathname.includes('/workers/'),
			first: r.timing().startTime < firstChart,
			size: gzipOf(url.pathname)
		});
	}
	const total = (pick: (s: { worker: boolean; first: boolean }) => boolean) =>
		[...scripts.values()].filter(pick).reduce((sum, s) => sum + s.size, 0);
	for (const [path, s] of scripts) {
		const when = s.first ? 'before the first chart' : 'after it';
		console.log(`${kb(s.size).padStart(9)}  ${path}  (${s.worker ? 'worker, ' : ''}${when})`);
	}
	console.log(`worker scripts before the first chart: ${kb(total((s) => s.first && s.worker))}`);
	console.log(`scripts after the first chart: ${kb(total((s) => !s.first))}`);
	console.log(
		`first-load JS (page scripts before the first chart): ${kb(total((s) => s.first && !s.worker))} gzip`
	);
});
