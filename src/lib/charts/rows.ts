import type { SimulationResult } from '$lib/model';

/** What every chart of one outcome is given: the result and the year shown. */
export interface YearChartProps {
	result: SimulationResult;
	/** index into result.byYear */
	yearIndex: number;
}

/** Municipalities largest first (by base-year inhabitants): a stable order that does not jump when the key changes. */
export function rowsOf(result: SimulationResult): { code: string; name: string; index: number }[] {
	return result.codes
		.map((code, index) => ({ code, name: result.names[index]!, index }))
		.sort(
			(a, b) =>
				result.keys.inhabitants[b.index]! - result.keys.inhabitants[a.index]! || a.index - b.index
		);
}
