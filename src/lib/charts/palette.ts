/**
 * Colour-blind-safe colours (Okabe & Ito), each with one meaning in every
 * chart and on the map: above fair share vermillion, below fair share blue,
 * the chosen municipality near-black, the cap reddish purple. The three keys
 * also differ in symbol shape.
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
/** the municipality in focus (time chart line, map outline): black-blue, apart from over and under */
export const SELECTED = '#1d2733';
/** the uncertainty band: a light vermillion that stays visible on a projector */
export const BAND = '#f2a675';
/** above the cap (pressure chart), and held at the cap below fair share (allocation chart) */
export const OVER_CAP = '#CC79A7';
/** text in the cap's colour, dark enough to read on white */
export const OVER_CAP_TEXT = '#8a3d6b';
/** a bar that is neither over nor under anything (pressure within the cap) */
export const WITHIN = '#9aa5b1';

/** Over, under or on fair share: within half a household counts as on target. */
export const deviationColour = (d: number) => (d > 0.5 ? OVER : d < -0.5 ? UNDER : NEUTRAL);
