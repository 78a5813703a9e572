/**
 * Tweened chart values: bars glide between results and are retargeted while
 * a slider is dragged. Off under prefers-reduced-motion. Values glide only
 * between results of the same municipalities (the identity); another region
 * jumps. The interpolation itself also jumps when the two lists do not match:
 * Svelte lets an older tween finish after a jump, so the list a new tween
 * starts from may still be the previous region's.
 */
import { Tween, prefersReducedMotion } from 'svelte/motion';
import { cubicOut } from 'svelte/easing';

const DURATION = 180;

const isNumbers = (x: unknown): x is number[] =>
	Array.isArray(x) && x.every((v) => typeof v === 'number');

/** Linear between two lists of numbers of one length; anything else jumps to the target. */
export function interpolateNumbers(from: number[], to: number[]): (t: number) => number[] {
	if (!isNumbers(from) || !isNumbers(to) || from.length !== to.length) return () => to;
	return (t) => to.map((b, i) => from[i]! + (b - from[i]!) * t);
}

export function tweenedValues(get: () => number[], identity: () => string): Tween<number[]> {
	const tween = new Tween(get(), {
		duration: DURATION,
		easing: cubicOut,
		interpolate: interpolateNumbers
	});
	let shown = identity();
	$effect.pre(() => {
		const next = get();
		const id = identity();
		const jump =
			prefersReducedMotion.current || id !== shown || next.length !== tween.current.length;
		shown = id;
		tween.set(next, { duration: jump ? 0 : DURATION });
	});
	return tween;
}
