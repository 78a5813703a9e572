import type { SimulationResult } from '$lib/model';

/** Municipalities largest first (by base-year inhabitants): a stable order that does not jump when the key changes. */
export function rowsOf(result: SimulationResult): { code: string; name: string; index: number }[] {
	return result.codes
		.map((code, index) => ({ code, name: result.names[index]!, index }))
		.sort(
			(a, b) =>
				result.keys.inhabitants[b.index]! - result.keys.inhabitants[a.index]! || a.index - b.index
		);
}
