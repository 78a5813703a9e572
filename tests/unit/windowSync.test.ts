import { afterEach, describe, expect, test } from 'vitest';
import { parseScenario, type Scenario } from '$lib/model';
import bijlage5 from '$lib/scenarios/bijlage5.json';
import { connectWindows, type WindowSync } from '$lib/state/windowSync';

const base = (() => {
	const p = parseScenario(bijlage5);
	if (!p.ok) throw new Error('example invalid');
	return p.scenario;
})();
const named = (name: string): Scenario => ({ ...base, name });
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
// Longer than a new window listens before it speaks (LISTEN_FIRST_MS).
const SETTLED = 500;

/** A window: its state, what it received, and its connection. */
function openWindow(channel: string, scenario: Scenario, year: number) {
	const w = { scenario, year, received: [] as [string, number][], sync: null as WindowSync | null };
	w.sync = connectWindows(
		(s, y) => {
			w.received.push([s.name, y]);
			w.scenario = s;
			w.year = y;
		},
		() => ({ scenario: w.scenario, year: w.year }),
		channel
	);
	return w;
}

const open: WindowSync[] = [];
afterEach(() => open.splice(0).forEach((s) => s.close()));

describe('windowSync: the presenter window follows the main window (BroadcastChannel)', () => {
	test('a window that opens later takes the state of the one already open, then both follow each other', async () => {
		const channel = `test-${Math.random()}`;
		const main = openWindow(channel, named('hoofdscherm'), 2030);
		open.push(main.sync!);
		await wait(SETTLED);
		const presenter = openWindow(channel, named('start'), 2026);
		open.push(presenter.sync!);
		await wait(100);
		// The new window asked ("hello") and got the main window's state; it did not overwrite it.
		expect(presenter.received).toEqual([['hoofdscherm', 2030]]);
		expect(main.received).toEqual([]);

		presenter.sync!.publish(named('gewijzigd'), 2031);
		await wait(100);
		expect(main.received).toEqual([['gewijzigd', 2031]]);
		// What was just received is not sent back (no echo).
		main.sync!.publish(main.scenario, main.year);
		await wait(100);
		expect(presenter.received).toEqual([['hoofdscherm', 2030]]);
	});

	test('a lone window stays silent while it listens first', async () => {
		const channel = `test-${Math.random()}`;
		const listener = new BroadcastChannel(channel);
		const heard: string[] = [];
		listener.onmessage = (e) => heard.push(e.data.kind);
		const w = openWindow(channel, named('a'), 2026);
		open.push(w.sync!);
		w.sync!.publish(named('b'), 2027);
		await wait(100);
		listener.close();
		expect(heard).toEqual(['hello']);
	});

	test('a window alone sends no state, not even after listening; it does once another opens', async () => {
		const channel = `test-${Math.random()}`;
		const w = openWindow(channel, named('a'), 2026);
		open.push(w.sync!);
		await wait(SETTLED);
		const listener = new BroadcastChannel(channel);
		const heard: string[] = [];
		listener.onmessage = (e) => heard.push(e.data.kind);
		w.sync!.publish(named('b'), 2027);
		await wait(100);
		expect(heard).toEqual([]);
		const other = openWindow(channel, named('c'), 2026);
		open.push(other.sync!);
		await wait(100);
		w.sync!.publish(named('d'), 2028);
		await wait(100);
		listener.close();
		expect(heard).toEqual(['hello', 'state', 'state']);
		expect(other.received.at(-1)).toEqual(['d', 2028]);
	});
});
