/**
 * The chart frame every chart shares (LayerCake's idea, without the library): the measured
 * width with one fallback, the text size charts are drawn at (larger while presenting), the
 * axis ticks that fit the width, and the marks under pointer or keyboard focus that drive the
 * tooltip. One tab stop per chart: the marks take turns at tabindex 0 (roving tabindex) and
 * the arrow keys move between them.
 */
import { getContext, setContext, tick } from 'svelte';
import type { ScaleLinear } from 'd3';

/** Chart text on the negotiation screen, px: readable from the back of a room at 1920×1080. */
export const BASE_TEXT = 18;
const MIN_WIDTH = 320;
// Before the first layout (and in jsdom) a chart is drawn at this width.
const FALLBACK_WIDTH = 640;
const FRAME_KEY = Symbol('chart-frame');

/** How the charts below a component are drawn. */
export interface FrameSettings {
	/** chart text, px */
	text: number;
	/** height the rows of a row chart may take before they scroll, px; null: the default */
	rows: number | null;
}

/** The drawing width for a measured container width. */
export const frameWidth = (measured: number) => Math.max(MIN_WIDTH, measured || FALLBACK_WIDTH);

/** Charts below this component are drawn with these settings (presentation mode). */
export function setChartFrame(settings: () => FrameSettings) {
	setContext(FRAME_KEY, settings);
}

/** The settings charts here are drawn with. */
export function chartFrame(): () => FrameSettings {
	return (
		getContext<(() => FrameSettings) | undefined>(FRAME_KEY) ??
		(() => ({ text: BASE_TEXT, rows: null }))
	);
}

/** The text size charts here are drawn at, px. */
export function chartText(): () => number {
	const frame = chartFrame();
	return () => frame().text;
}

/**
 * Row height for `count` rows: 1.9 lines, squeezed down to 1.3 lines when that lets every
 * row fit the room the frame gives.
 */
export function rowHeight(count: number, frame: FrameSettings): number {
	const roomy = frame.text * 1.9;
	if (frame.rows === null || !count) return Math.round(roomy);
	return Math.round(Math.min(roomy, Math.max(frame.text * 1.3, frame.rows / count)));
}

/** Width of a label in px, estimated from its characters (digits and signs are ~0.6 em). */
export const labelWidth = (label: string, text: number) => label.length * text * 0.62;

/**
 * The ticks of `scale` whose labels fit side by side: d3's `ticks(count)` with the largest
 * count whose widest label plus a gap fits between two ticks, at most `most`.
 */
export function fittingTicks(
	scale: ScaleLinear<number, number>,
	format: (x: number) => string,
	text: number,
	most = 10
): number[] {
	const [a, b] = scale.range();
	const length = Math.abs(b! - a!);
	for (let count = Math.min(most, Math.floor(length / text)); count > 1; count--) {
		const ticks = scale.ticks(count);
		if (ticks.length < 2) return ticks;
		const widest = Math.max(...ticks.map((t) => labelWidth(format(t), text)));
		const spacing = Math.abs(scale(ticks[1]!) - scale(ticks[0]!));
		if (spacing >= widest + text) return ticks;
	}
	const [lo, hi] = scale.domain();
	return scale
		.ticks(1)
		.filter((t) => t === lo || t === hi)
		.slice(0, 1);
}

/**
 * The mark under the pointer or keyboard focus (for the tooltip), and which mark holds the
 * chart's single tab stop.
 */
export class ChartMarks {
	/** index of the mark whose tooltip shows, or null */
	active = $state<number | null>(null);
	/** index of the mark that takes the tab stop */
	current = $state(0);

	// One set of handlers per mark, made once: a spread that gets the same functions on
	// every update leaves the listeners of hundreds of marks alone (342 on the map).
	#targets: ReturnType<ChartMarks['makeTarget']>[] = [];

	/** Pointer and focus handlers of mark `i`, to spread on its element. */
	target(i: number) {
		return (this.#targets[i] ??= this.makeTarget(i));
	}

	private makeTarget(i: number) {
		return {
			onpointerenter: () => (this.active = i),
			onpointerleave: () => (this.active = null),
			onfocus: () => {
				this.active = i;
				this.current = i;
			},
			onblur: () => (this.active = null)
		};
	}

	tabindex(i: number, count: number) {
		return i === Math.min(this.current, count - 1) ? 0 : -1;
	}

	/**
	 * Arrow keys, Home and End move the focus among `count` marks; `reveal` brings mark i into
	 * view (a long chart renders only the rows in view), `element` finds it once rendered.
	 */
	async keydown(
		e: KeyboardEvent,
		count: number,
		element: (i: number) => HTMLElement | SVGElement | null,
		reveal?: (i: number) => void
	) {
		const step: Record<string, number> = {
			ArrowDown: 1,
			ArrowRight: 1,
			ArrowUp: -1,
			ArrowLeft: -1,
			Home: -count,
			End: count
		};
		if (!(e.key in step) || !count) return;
		e.preventDefault();
		e.stopPropagation();
		const next = Math.min(count - 1, Math.max(0, this.current + step[e.key]!));
		this.current = next;
		reveal?.(next);
		await tick();
		element(next)?.focus();
	}
}
