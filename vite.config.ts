import { sveltekit } from '@sveltejs/kit/vite';
import { svelteTesting } from '@testing-library/svelte/vite';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	resolve: {
		// fflate's zip/unzip start blob: workers, which the CSP refuses; see src/lib/io/fflateSync.ts.
		alias: [
			{
				find: /^fflate$/,
				replacement: fileURLToPath(new URL('./src/lib/io/fflateSync.ts', import.meta.url))
			}
		]
	},
	// The worker lives in top-level workers/, outside src: the dev server must be allowed to serve it.
	server: { fs: { allow: ['workers'] } },
	worker: { format: 'es' },
	test: {
		// Generous: the suite also runs on a busy two-core machine; no test asserts timing.
		testTimeout: 30_000,
		projects: [
			{
				extends: true,
				test: {
					name: 'unit',
					environment: 'node',
					include: ['tests/unit/**/*.test.ts'],
					setupFiles: ['tests/unit/setup.ts']
				}
			},
			{
				extends: true,
				plugins: [svelteTesting()],
				test: {
					name: 'component',
					environment: 'jsdom',
					include: ['tests/component/**/*.test.ts'],
					setupFiles: ['tests/component/setup.ts']
				}
			}
		]
	}
});
