import type { SimulationResult } from '$lib/model';

/** What every chart of one outcome is given: the result and the year shown. */
export interface YearChartProps {
	result: SimulationResult;
	/** index into result.byYear */
	yearIndex: number;
}

type Row = { code: string; name: string; index: number };

// The rows last made, and what they were made from. Every slider step brings a new result of
// the same municipalities: handing the charts the same rows then leaves their row lists and
// scales as they are (Svelte compares by identity), instead of re-keying hundreds of rows.
let last: { codes: string[]; names: string[]; inhabitants: number[]; rows: Row[] } | null = null;

const same = <T>(a: readonly T[], b: readonly T[]) =>
	a === b || (a.length === b.length && a.every((x, i) => x === b[i]));

/** Municipalities largest first (by base-year inhabitants): a stable order that does not jump when the key changes. */
export function rowsOf(result: SimulationResult): Row[] {
	const { codes, names } = result;
	const inhabitants = result.keys.inhabitants;
	if (
		last &&
		same(last.codes, codes) &&
		same(last.names, names) &&
		same(last.inhabitants, inhabitants)
	)
		return last.rows;
	const rows = codes
		.map((code, index) => ({ code, name: names[index]!, index }))
		.sort((a, b) => inhabitants[b.index]! - inhabitants[a.index]! || a.index - b.index);
	last = { codes, names, inhabitants, rows };
	return rows;
}
