/**
 * `npm run bench:ui`: drives the built app in Debian's Chromium and prints, over 100
 * keyboard steps of the "Mutatiegraad" slider, on the Bijlage 5 example and on the whole
 * country (342 municipalities), each twice: at the top of the charts, and with the
 * uncertainty band switched on (its checkbox is in the time chart, so that row is then in
 * view: the time, pressure and keys charts redraw instead of the first chart). Only the
 * charts in view are redrawn on a step (OnScreen). The band itself waits until the steps
 * pause for 400 ms, so during a held key only the runs already sent finish on its pool.
 * Each case prints:
 *   - input → painted frame: from the key press to the first frame painted after the new
 *     result reached the DOM (median and p95; goal one frame, 16,7 ms, and 25 ms for 342);
 *   - input → DOM updated: the part of it until the DOM shows the new result;
 *   - DOM update: from the moment the simulation hands the outcome to the screen (the
 *     user-timing mark `verdeelwijzer:outcome`) until the DOM shows it (goal < 4 ms);
 *   - main-thread tasks over 50 ms during the steps (goal 0).
 * Motion is reduced, so that frame shows the final geometry. Prints figures only; no
 * thresholds. The machine's load shows in the figures: compare medians of a few runs.
 */
import type { Page } from '@playwright/test';
import { ORIGIN, withBrowser } from './browserBench';

const STEPS = 100;

async function pickRegion(page: Page, name: string): Promise<boolean> {
	const picker = page.getByRole('combobox', { name: 'Regio' });
	if (!(await picker.count())) return name.startsWith('Bijlage 5');
	await picker.fill(name);
	const option = page.getByRole('option', { name: new RegExp(name) }).first();
	if (!(await option.count())) return false;
	await option.click();
	await page.waitForTimeout(500);
	return true;
}

// In-page helpers, as text: tsx's transform would add helpers the page does not have.
const IN_PAGE = `
window.__long = 0;
window.__lat = [];
window.__dom = [];
window.__update = [];
new PerformanceObserver(function (list) {
	window.__long += list.getEntries().filter(function (e) { return e.duration > 50; }).length;
}).observe({ type: 'longtask' });
// Arm a watcher: key press time -> the frame after the next delivered result.
window.__arm = function () {
	var main = document.querySelector('main.charts');
	var before = main.dataset.serial;
	var t0 = 0;
	addEventListener('keydown', function () { t0 = performance.now(); }, { once: true, capture: true });
	window.__done = new Promise(function (resolve) {
		var mo = new MutationObserver(function () {
			if (main.dataset.serial === before) return;
			mo.disconnect();
			var now = performance.now();
			window.__dom.push(now - t0);
			var mark = performance.getEntriesByName('verdeelwijzer:outcome', 'mark')[0];
			if (mark) window.__update.push(now - mark.startTime);
			requestAnimationFrame(function () {
				window.__lat.push(performance.now() - t0);
				resolve();
			});
		});
		mo.observe(main, { attributes: true, attributeFilter: ['data-serial'] });
	});
};
`;

interface Figures {
	latencies: number[];
	dom: number[];
	update: number[];
	longTasks: number;
}

async function measure(page: Page): Promise<Figures> {
	const slider = page.getByRole('slider', { name: 'Mutatiegraad', exact: true });
	await slider.focus();
	await slider.press('Home');
	await page.waitForTimeout(300);
	await page.evaluate(IN_PAGE);
	for (let i = 0; i < STEPS; i++) {
		await page.evaluate('window.__arm()');
		await page.keyboard.press('ArrowRight');
		await page.evaluate('window.__done');
		await page.waitForTimeout(40); // about the key-repeat rate of a held arrow key
	}
	return (await page.evaluate(
		'({ latencies: window.__lat, dom: window.__dom, update: window.__update, longTasks: window.__long })'
	)) as Figures;
}

const quantile = (xs: number[], q: number) => {
	const s = [...xs].sort((a, b) => a - b);
	return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? NaN;
};
const spread = (xs: number[]) =>
	`median ${quantile(xs, 0.5).toFixed(1)} ms, p95 ${quantile(xs, 0.95).toFixed(1)} ms`;

await withBrowser(async (browser) => {
	for (const region of ['Bijlage 5', 'Heel Nederland']) {
		for (const band of [false, true]) {
			const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
			await page.emulateMedia({ reducedMotion: 'reduce' });
			await page.goto(`${ORIGIN}/`);
			await page.getByRole('heading', { name: 'Verdeling versus fair share' }).waitFor();
			if (!(await pickRegion(page, region))) {
				console.log(`${region}: not available in the region picker`);
				await page.close();
				continue;
			}
			if (band) await page.getByRole('checkbox', { name: 'Onzekerheid (P10–P90)' }).check();
			const f = await measure(page);
			const rows = await page.locator('main.charts g.row').count();
			const paths = await page.locator('main.charts path[data-code]').count();
			console.log(
				`${region}${band ? ', band on, time chart in view' : ''} (${rows} chart rows and ${paths} map shapes in the DOM), ${f.latencies.length} steps:\n` +
					`  input→painted frame ${spread(f.latencies)}\n` +
					`  input→DOM updated   ${spread(f.dom)}\n` +
					`  DOM update          ${spread(f.update)}\n` +
					`  tasks > 50 ms: ${f.longTasks}`
			);
			await page.close();
		}
	}
});
