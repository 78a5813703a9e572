/**
 * Presentation mode: full screen, one view at a time in large type, and only
 * the controls the facilitator picks (in the presenter window). Keys: 1, 2, 3
 * choose the three keys, ← → step the year, PageUp/PageDown (what a clicker
 * sends) the view, Esc leaves.
 */
import { createContext } from 'svelte';
import type { MessageKey } from '$lib/i18n/messages';
import { setKeyType } from './edits';
import type { Workspace } from './workspace.svelte';

export type PresentedControl = 'key' | 'year' | 'growthPath' | 'mutationRate' | 'cap';
export const PRESENTABLE: PresentedControl[] = ['key', 'year', 'growthPath', 'mutationRate', 'cap'];

/** One view of the presentation: what PresentationStage draws for `id`, and its title. */
export interface PresentationView {
	id: string;
	title: MessageKey;
	/** what the presenter may say, shown in the presenter window */
	notes: MessageKey;
}

/** The views in the order they are presented. Add an entry (and its branch in PresentationStage) for a new view. */
export const PRESENTATION_VIEWS: [PresentationView, ...PresentationView[]] = [
	{ id: 'allocation', title: 'chart1Title', notes: 'chart1Caption' },
	{ id: 'keys', title: 'chart2Title', notes: 'chart2Caption' },
	{ id: 'time', title: 'chart3Title', notes: 'chart3Caption' },
	{ id: 'pressure', title: 'chart4Title', notes: 'chart4Caption' },
	{ id: 'map', title: 'mapTitle', notes: 'mapCaption' },
	{ id: 'spreading', title: 'spreadingTitle', notes: 'spreadingCaption' },
	{ id: 'round', title: 'presentRoundTitle', notes: 'presentRoundNotes' }
];

export class Presentation {
	active = $state(false);
	controls = $state<PresentedControl[]>(['key', 'year']);
	/** index into PRESENTATION_VIEWS */
	view = $state(0);
	views = PRESENTATION_VIEWS;

	/** The view shown; the first where `view` lies outside the list. */
	get current(): PresentationView {
		return this.views[this.view] ?? this.views[0];
	}

	/** Show view `i`; an index that is not one of the list's (from another window, another version) is ignored. */
	show(i: number) {
		if (Number.isInteger(i) && i >= 0 && i < this.views.length) this.view = i;
	}

	/** Start presenting, on the view `id` when given (e.g. the round, from its tab). */
	async enter(id?: string) {
		const at = id === undefined ? -1 : this.views.findIndex((v) => v.id === id);
		if (at >= 0) this.view = at;
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

	/** Step `by` views, stopping at the first and the last. */
	step(by: number) {
		this.view = Math.min(this.views.length - 1, Math.max(0, this.view + by));
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
		if (e.key === 'PageDown' || e.key === 'PageUp') {
			this.step(e.key === 'PageDown' ? 1 : -1);
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
