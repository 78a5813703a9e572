/**
 * Keeps a second window (the presenter screen) in step with this one over a
 * BroadcastChannel: the scenario and the year shown travel both ways. A
 * message only ever becomes a scenario through the workspace's validation.
 * The channel is named after the tab that opened the presenter window, so
 * other tabs of the app never take part (each tab keeps its own scenario).
 */
import type { Scenario } from '$lib/model';

export interface SyncMessage {
	from: string;
	kind: 'state' | 'hello';
	scenario?: Scenario;
	year?: number;
	/** the presentation view shown (index) */
	view?: number;
}

export interface WindowSync {
	/** tell the other windows this window's state */
	publish(scenario: Scenario, year: number, view?: number): void;
	close(): void;
}

// How long a new window waits for another window's state before it speaks itself.
const LISTEN_FIRST_MS = 400;

export function connectWindows(
	receive: (scenario: Scenario, year: number, view?: number) => void,
	current: () => { scenario: Scenario; year: number; view?: number },
	channelName: string
): WindowSync | null {
	if (typeof BroadcastChannel === 'undefined') return null;
	const id = Math.random().toString(36).slice(2);
	const channel = new BroadcastChannel(channelName);
	// The last state sent or received: publishing it again would echo back and forth.
	let last = '';
	// A window that just opened must not overwrite the others with its start-up state.
	let ready = false;
	// Nobody listens until another window has spoken: a lone window sends nothing (a slider
	// step would otherwise copy the whole scenario into the channel for no one).
	let peers = false;
	const timer = setTimeout(() => (ready = true), LISTEN_FIRST_MS);
	const send = (scenario: Scenario, year: number, view?: number) => {
		if (!ready || !peers) return;
		const text = JSON.stringify([scenario, year, view]);
		if (text === last) return;
		last = text;
		channel.postMessage({ from: id, kind: 'state', scenario, year, view } satisfies SyncMessage);
	};
	channel.onmessage = (e: MessageEvent<SyncMessage>) => {
		const m = e.data;
		if (!m || m.from === id) return;
		peers = true;
		if (m.kind === 'hello') {
			if (!ready) return;
			const now = current();
			last = '';
			send(now.scenario, now.year, now.view);
		} else if (m.kind === 'state' && m.scenario && typeof m.year === 'number') {
			clearTimeout(timer);
			ready = true;
			last = JSON.stringify([m.scenario, m.year, m.view]);
			receive(m.scenario, m.year, m.view);
		}
	};
	channel.postMessage({ from: id, kind: 'hello' } satisfies SyncMessage);
	return {
		publish: send,
		close: () => {
			clearTimeout(timer);
			channel.close();
		}
	};
}
