/**
 * Growth path (groeipad, model.md §5.2): from today's distribution q0 to the
 * target shares p(t) over Y years.
 *   α(t) = min(1, (t / Y)^γ) for Y >= 1, α = 1 when Y = 0
 *   q(t) = (1 - α)·q0 + α·p(t)
 * γ = 1 moves evenly, γ < 1 front-loads (fast first), γ > 1 back-loads.
 */

export function pathProgress(t: number, years: number, gamma: number): number {
	if (years <= 0) return 1;
	return Math.min(1, Math.pow(t / years, gamma));
}

/** q(t), into `into` when given; with no today's distribution (q0 null) the path is moot and q = p. */
export function pathShares(
	today: Float64Array | null,
	target: Float64Array,
	alpha: number,
	into?: Float64Array
): Float64Array {
	if (!today || alpha >= 1) return target;
	const out = into ?? new Float64Array(target.length);
	for (let i = 0; i < target.length; i++) out[i] = (1 - alpha) * today[i]! + alpha * target[i]!;
	return out;
}
