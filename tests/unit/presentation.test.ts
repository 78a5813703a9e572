import { describe, expect, it } from 'vitest';
import { PRESENTATION_VIEWS, Presentation } from '$lib/state/presentation.svelte';

describe('the presentation view', () => {
	it('is one of the list whatever index another window sends', () => {
		const p = new Presentation();
		p.show(2);
		expect(p.current).toBe(PRESENTATION_VIEWS[2]);
		for (const bad of [-1, PRESENTATION_VIEWS.length, 1.5, NaN, Infinity]) {
			p.show(bad);
			expect(p.view).toBe(2);
			expect(p.current).toBe(PRESENTATION_VIEWS[2]);
		}
	});

	it('falls back to the first view when the index lies outside the list', () => {
		const p = new Presentation();
		p.view = 99;
		expect(p.current).toBe(PRESENTATION_VIEWS[0]);
	});
});
