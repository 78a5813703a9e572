/**
 * Tweened chart values: bars glide between results and are retargeted while
 * a slider is dragged. Off under prefers-reduced-motion, and a change of
 * length (another region) jumps rather than interpolating unrelated rows.
 */
import { Tween, prefersReducedMotion } from 'svelte/motion';
import { cubicOut } from 'svelte/easing';

const DURATION = 180;

export function tweenedValues(get: () => number[]): Tween<number[]> {
	const tween = new Tween(get(), { duration: DURATION, easing: cubicOut });
	$effect.pre(() => {
		const next = get();
		const jump = prefersReducedMotion.current || next.length !== tween.current.length;
		tween.set(next, { duration: jump ? 0 : DURATION });
	});
	return tween;
}
