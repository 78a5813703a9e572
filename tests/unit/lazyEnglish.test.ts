import { describe, expect, test, vi } from 'vitest';

describe('English texts load only when asked for', () => {
	test('a fresh page has Dutch only; English arrives with loadMessages', async () => {
		vi.resetModules(); // a module registry like a first visit's, without the test set-up's English
		const locale = await import('$lib/i18n/locale');
		expect(locale.hasMessages('nl')).toBe(true);
		expect(locale.hasMessages('en')).toBe(false);
		// Until then an English text falls back to Dutch: never a missing text.
		expect(locale.textIn('en', 'language')).toBe('Taal');
		await locale.loadMessages('en');
		expect(locale.hasMessages('en')).toBe(true);
		expect(locale.textIn('en', 'language')).toBe('Language');
	});
});
