/**
 * Colour-blind-safe colours (Okabe & Ito). Over and under fair share are
 * vermillion and blue, which stay apart for every common colour-vision
 * deficiency; the three keys also differ in symbol shape.
 */
export const OVER = '#D55E00';
export const UNDER = '#0072B2';
export const NEUTRAL = '#7a7a7a';
export const MARK = '#111111';
export const KEY_COLOURS = {
	inhabitants: '#0072B2',
	socialStock: '#E69F00',
	available: '#009E73'
} as const;
export const FAINT = '#b8c2cc';

/** Over, under or on fair share: within half a household counts as on target. */
export const deviationColour = (d: number) => (d > 0.5 ? OVER : d < -0.5 ? UNDER : NEUTRAL);
