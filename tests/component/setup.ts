import '@testing-library/jest-dom/vitest';
import { loadMessages } from '$lib/i18n/locale';

// jsdom lacks these browser APIs; charts and motion preferences use them.
class ResizeObserverShim {
	observe() {}
	unobserve() {}
	disconnect() {}
}
globalThis.ResizeObserver ??= ResizeObserverShim as unknown as typeof ResizeObserver;
window.matchMedia ??= ((query: string) => ({
	matches: false,
	media: query,
	onchange: null,
	addListener() {},
	removeListener() {},
	addEventListener() {},
	removeEventListener() {},
	dispatchEvent: () => false
})) as unknown as typeof window.matchMedia;

// The app loads English only when a user chooses it; tests switch languages at will.
await loadMessages('en');
