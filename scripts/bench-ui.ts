/**
 * `npm run bench:ui`: drives the built app in Debian's Chromium and prints,
 * over 100 keyboard steps of the "Mutatiegraad" slider, the latency from the
 * key press to the first frame painted after the new result reached the DOM
 * (median and p95), the part of it until the DOM shows the new result (the
 * rest is waiting for the next frame), and the number of main-thread tasks
 * over 50 ms during the steps. Runs on the Bijlage 5 example and on the largest region the
 * picker offers. Motion is reduced, so that frame shows the final geometry.
 * Prints figures only; no thresholds.
 */
import { spawn } from 'node:child_process';
import { chromium, type Page } from '@playwright/test';

const PORT = 4183;
const STEPS = 100;

async function waitForServer(url: string) {
	for (let i = 0; i < 100; i++) {
		try {
			if ((await fetch(url)).ok) return;
		} catch {
			// not up yet
		}
		await new Promise((r) => setTimeout(r, 200));
	}
	throw new Error(`server at ${url} did not start`);
}

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
			window.__dom.push(performance.now() - t0);
			requestAnimationFrame(function () {
				window.__lat.push(performance.now() - t0);
				resolve();
			});
		});
		mo.observe(main, { attributes: true, attributeFilter: ['data-serial'] });
	});
};
`;

async function measure(page: Page) {
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
		'({ latencies: window.__lat, dom: window.__dom, longTasks: window.__long })'
	)) as {
		latencies: number[];
		dom: number[];
		longTasks: number;
	};
}

const quantile = (xs: number[], q: number) => {
	const s = [...xs].sort((a, b) => a - b);
	return s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
};

const server = spawn('npx', ['vite', 'preview', '--port', String(PORT), '--strictPort'], {
	stdio: 'ignore',
	detached: true
});
try {
	await waitForServer(`http://localhost:${PORT}/`);
	const browser = await chromium.launch({
		executablePath: '/usr/bin/chromium',
		args: [
			'--disable-gpu',
			'--no-first-run',
			'--disable-background-networking',
			'--disable-dev-shm-usage'
		]
	});
	for (const region of ['Bijlage 5', 'Heel Nederland']) {
		const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
		await page.emulateMedia({ reducedMotion: 'reduce' });
		await page.goto(`http://localhost:${PORT}/`);
		await page.getByRole('heading', { name: 'Verdeling versus fair share' }).waitFor();
		if (!(await pickRegion(page, region))) {
			console.log(`${region}: not available in the region picker`);
			await page.close();
			continue;
		}
		const { latencies, dom, longTasks } = await measure(page);
		const n = await page.locator('main.charts g.row').count();
		console.log(
			`${region} (${n / 4} rows per chart): ${latencies.length} steps, input→painted frame median ${quantile(latencies, 0.5).toFixed(1)} ms, p95 ${quantile(latencies, 0.95).toFixed(1)} ms (input→DOM updated median ${quantile(dom, 0.5).toFixed(1)} ms, p95 ${quantile(dom, 0.95).toFixed(1)} ms), tasks > 50 ms: ${longTasks}`
		);
		await page.close();
	}
	await browser.close();
} finally {
	process.kill(-server.pid!);
}
