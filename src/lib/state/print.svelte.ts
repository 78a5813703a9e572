/**
 * Whether the page is being printed. Charts show their tables beside the
 * picture only then (rendering every table on screen would slow sliders).
 */
import { flushSync } from 'svelte';

class PrintState {
	active = $state(false);
}

export const printState = new PrintState();

/** Listen for the browser's print events; returns the clean-up. */
export function watchPrinting(): () => void {
	// flushSync: the tables must be in the DOM before the browser lays out the print.
	const before = () => flushSync(() => (printState.active = true));
	const after = () => (printState.active = false);
	addEventListener('beforeprint', before);
	addEventListener('afterprint', after);
	return () => {
		removeEventListener('beforeprint', before);
		removeEventListener('afterprint', after);
	};
}
