import { defineConfig } from '@playwright/test';

const port = Number(process.env.E2E_PORT ?? 4173);

// Debian's Chromium, never a downloaded browser. The flags keep it off the closed network.
export default defineConfig({
	testDir: 'tests/e2e',
	timeout: 30_000,
	fullyParallel: false,
	workers: 1,
	retries: 0,
	use: {
		baseURL: `http://localhost:${port}`,
		viewport: { width: 1920, height: 1080 },
		locale: 'nl-NL',
		// The service worker is tested on its own (offline.spec.ts); elsewhere it would answer from its cache.
		serviceWorkers: 'block',
		launchOptions: {
			executablePath: '/usr/bin/chromium',
			args: [
				'--disable-gpu',
				'--disable-quic',
				'--no-first-run',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync',
				'--disable-dev-shm-usage'
			]
		}
	},
	webServer: {
		command: `npx vite preview --port ${port} --strictPort`,
		port,
		reuseExistingServer: !process.env.CI
	}
});
