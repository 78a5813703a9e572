/**
 * A block pasted into the municipality table, checked before anything
 * changes: it must fit below and to the right of the cell it lands in, and
 * every non-empty cell must be a number in its column's range. All or
 * nothing: one bad cell refuses the whole block and names the first one.
 */
import { i18n } from '$lib/i18n/i18n.svelte';
import { percentOutOfRange } from '$lib/i18n/refusals';
import type { DecimalMark } from '$lib/io/numbers';
import { MUNICIPALITY_FIELDS, type Municipality } from '$lib/model';
import { readCell } from './cells';
import type { MunicipalityValues } from '$lib/state/edits';
import type { MunicipalityField } from './fields';

export interface PasteColumn {
	field: MunicipalityField;
	percent: boolean;
}

export type PasteCheck =
	| { ok: true; values: MunicipalityValues; count: number }
	| { ok: false; municipality: Municipality; field: MunicipalityField; what: string };

/** Why a value is outside its column's range, in percent (the model would speak in fractions). */
export function outOfRange(column: PasteColumn, value: number): string | null {
	if (!column.percent) return null;
	const { min, max } = MUNICIPALITY_FIELDS[column.field];
	return percentOutOfRange(value, min, max);
}

/** Check `block` (rows of cells) pasted at (row, col) of the table of `rows` × `columns`. */
export function checkPaste(
	block: string[][],
	rows: Municipality[],
	columns: PasteColumn[],
	row: number,
	col: number,
	mark: DecimalMark
): PasteCheck {
	const start = rows[row]!;
	const first = columns[col]!.field;
	const height = block.length;
	const width = Math.max(...block.map((line) => line.length));
	const refuse = (what: string): PasteCheck => ({
		ok: false,
		municipality: start,
		field: first,
		what
	});
	if (row + height > rows.length) {
		return refuse(i18n.t('refusePasteRows', { height, name: start.name, left: rows.length - row }));
	}
	if (col + width > columns.length) {
		return refuse(i18n.t('refusePasteColumns', { width, left: columns.length - col }));
	}
	const values: MunicipalityValues = Object.create(null);
	const problems: { municipality: Municipality; field: MunicipalityField; what: string }[] = [];
	let count = 0;
	block.forEach((line, i) =>
		line.forEach((cell, j) => {
			const m = rows[row + i]!;
			const column = columns[col + j]!;
			const reading = readCell(cell, column.percent, mark);
			if (reading.kind === 'empty') return;
			const what = reading.kind === 'error' ? reading.reason : outOfRange(column, reading.value);
			if (what) problems.push({ municipality: m, field: column.field, what });
			else if (reading.kind === 'number') {
				values[m.code] = { ...values[m.code], [column.field]: reading.value };
				count++;
			}
		})
	);
	const p = problems[0];
	if (!p) return { ok: true, values, count };
	const more = problems.length > 1 ? i18n.t('refusePasteMore', { n: problems.length - 1 }) : '';
	return { ...p, ok: false, what: `${p.what}${more}${i18n.t('refusePasteNothing')}` };
}
