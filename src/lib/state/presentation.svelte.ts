/**
 * Presentation mode: full screen, large type, the charts and only the
 * controls the facilitator picks. Keys: 1, 2, 3 choose the three keys,
 * ← → step the year, Esc leaves.
 */
import { createContext } from 'svelte';
import { setKeyType } from './edits';
import type { Workspace } from './workspace.svelte';

export type PresentedControl = 'key' | 'year' | 'growthPath' | 'mutationRate' | 'cap';
export const PRESENTABLE: PresentedControl[] = ['key', 'year', 'growthPath', 'mutationRate', 'cap'];

export class Presentation {
	active = $state(false);
	controls = $state<PresentedControl[]>(['key', 'year']);

	async enter() {
		this.active = true;
		try {
			await document.documentElement.requestFullscreen?.();
		} catch {
			// Full screen may be refused (a second window, a test browser): large type still applies.
		}
	}

	leave() {
		this.active = false;
		if (document.fullscreenElement) void document.exitFullscreen().catch(() => {});
	}

	toggleControl(c: PresentedControl, on: boolean) {
		const rest = this.controls.filter((x) => x !== c);
		this.controls = on ? [...rest, c] : rest;
	}

	/** The presentation shortcuts; true when the key was one of them. */
	handleKey(e: KeyboardEvent, ws: Workspace): boolean {
		if (!this.active || e.ctrlKey || e.metaKey || e.altKey) return false;
		const typing = (e.target as HTMLElement | null)?.closest?.('input, select, textarea');
		if (e.key === 'Escape') {
			this.leave();
			return true;
		}
		if (typing) return false;
		const keys = { '1': 'inhabitants', '2': 'socialStock', '3': 'available' } as const;
		if (e.key in keys) {
			ws.apply((s) => setKeyType(s, keys[e.key as keyof typeof keys]));
			return true;
		}
		if (e.key === 'ArrowRight' || e.key === 'ArrowLeft') {
			ws.stepYear(e.key === 'ArrowRight' ? 1 : -1);
			return true;
		}
		return false;
	}
}

export const [getPresentation, setPresentation] = createContext<Presentation>();
