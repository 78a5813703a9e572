/**
 * What the browser benchmarks share: `vite preview` of build/ on a port of their own
 * (BENCH_PORT, else E2E_PORT, else 4183) and Debian's Chromium, kept off the network.
 */
import { spawn } from 'node:child_process';
import { chromium, type Browser } from '@playwright/test';

export const PORT = Number(process.env.BENCH_PORT ?? process.env.E2E_PORT ?? 4183);
export const ORIGIN = `http://localhost:${PORT}`;

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

/** Serves build/, starts Chromium, runs `body`, and ends both. */
export async function withBrowser(body: (browser: Browser) => Promise<void>): Promise<void> {
	const server = spawn('npx', ['vite', 'preview', '--port', String(PORT), '--strictPort'], {
		stdio: 'ignore',
		detached: true
	});
	try {
		await waitForServer(`${ORIGIN}/`);
		const browser = await chromium.launch({
			executablePath: '/usr/bin/chromium',
			args: [
				'--disable-gpu',
				'--no-first-run',
				'--disable-background-networking',
				'--disable-dev-shm-usage'
			]
		});
		try {
			await body(browser);
		} finally {
			await browser.close();
		}
	} finally {
		process.kill(-server.pid!);
	}
}
