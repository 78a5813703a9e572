/**
 * Allocation keys (verdeelsleutels, model.md §2).
 *
 * A key turns a year's values into shares p_i >= 0 that sum to 1:
 *   inhabitants  p_i = I_i / ΣI
 *   socialStock  p_i = S_i / ΣS
 *   available    p_i = A_i / ΣA        (A = S · mutation rate)
 *   composite    p_i = Σ_k a_k p_i^k   (a_k >= 0, Σ a_k = 1)
 * A key whose weights are all 0 has no shares: `keyShares` returns null and
 * the caller decides what to do (never NaN, never a silent 0).
 */
import type { YearValues } from './projection';
import { BASIC_KEYS, type BasicKeyType, type KeySpec } from './types';

/** Normalise weights to shares; null when they sum to 0. */
export function sharesOf(weights: ArrayLike<number>): Float64Array | null {
	const out = new Float64Array(weights.length);
	return sharesInto(weights, out) ? out : null;
}

/** Normalise weights into `out`; false (and `out` untouched) when they sum to 0. */
export function sharesInto(weights: ArrayLike<number>, out: Float64Array): boolean {
	const n = weights.length;
	let total = 0;
	for (let i = 0; i < n; i++) total += weights[i]!;
	if (!(total > 0)) return false;
	for (let i = 0; i < n; i++) out[i] = weights[i]! / total;
	return true;
}

export function basicWeights(type: BasicKeyType, values: YearValues): Float64Array {
	return values[type];
}

export function keyShares(key: KeySpec, values: YearValues): Float64Array | null {
	if (key.type !== 'composite') return sharesOf(basicWeights(key.type, values));
	const out = new Float64Array(values.inhabitants.length);
	return compositeInto(key.weights, (k) => sharesOf(basicWeights(k, values)), out) ? out : null;
}

/**
 * A composite key into `out` from the basic keys' shares (`basic(k)`, null for a key without
 * weight); false when no component with a weight has shares.
 */
export function compositeInto(
	weights: Record<BasicKeyType, number>,
	basic: (k: BasicKeyType) => Float64Array | null,
	out: Float64Array
): boolean {
	const n = out.length;
	out.fill(0);
	let used = 0;
	for (const k of BASIC_KEYS) {
		const a = weights[k];
		if (!(a > 0)) continue;
		const p = basic(k);
		// A component without any weight cannot be spread; its part goes to the other components.
		if (!p) continue;
		used += a;
		for (let i = 0; i < n; i++) out[i]! += a * p[i]!;
	}
	if (!(used > 0)) return false;
	if (used !== 1) for (let i = 0; i < n; i++) out[i]! /= used;
	return true;
}
