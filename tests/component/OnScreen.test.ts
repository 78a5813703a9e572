import { render, screen } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { lagging } from '$lib/charts/OnScreen.svelte';
import { printState } from '$lib/state/print.svelte';
import OnScreenHarness from './OnScreenHarness.svelte';

// jsdom has no IntersectionObserver: this one lets the test scroll the card in and out of view.
let report: ((visible: boolean) => void) | null = null;
class TestObserver {
	constructor(private callback: IntersectionObserverCallback) {
		report = (visible) =>
			this.callback(
				[{ isIntersecting: visible } as IntersectionObserverEntry],
				this as unknown as IntersectionObserver
			);
	}
	observe() {}
	disconnect() {}
}
const scroll = (visible: boolean) => flushSync(() => report!(visible));
const drawn = () => screen.getByTestId('drawn').textContent;

describe('OnScreen: a chart out of view catches up when the steps pause', () => {
	beforeEach(() => {
		vi.useFakeTimers();
		vi.stubGlobal('IntersectionObserver', TestObserver);
	});
	afterEach(() => {
		vi.useRealTimers();
		vi.unstubAllGlobals();
		printState.active = false;
	});

	test('in view every value is drawn at once', async () => {
		const { rerender } = render(OnScreenHarness, { value: 'a' });
		await rerender({ value: 'b' });
		expect(drawn()).toBe('b');
		expect(lagging.count).toBe(0);
	});

	test('out of view it keeps the last drawn value until the steps pause, then draws the latest', async () => {
		const { rerender } = render(OnScreenHarness, { value: 'a' });
		scroll(false);
		await rerender({ value: 'b' });
		vi.advanceTimersByTime(200);
		await rerender({ value: 'c' });
		vi.advanceTimersByTime(200);
		expect(drawn()).toBe('a');
		expect(lagging.count).toBe(1);
		vi.advanceTimersByTime(100);
		flushSync();
		expect(drawn()).toBe('c');
		expect(lagging.count).toBe(0);
	});

	test('scrolled back into view, or printed, it draws the latest value at once', async () => {
		const { rerender } = render(OnScreenHarness, { value: 'a' });
		scroll(false);
		await rerender({ value: 'b' });
		scroll(true);
		expect(drawn()).toBe('b');
		expect(lagging.count).toBe(0);
		scroll(false);
		await rerender({ value: 'c' });
		flushSync(() => (printState.active = true));
		expect(drawn()).toBe('c');
		expect(lagging.count).toBe(0);
	});
});
