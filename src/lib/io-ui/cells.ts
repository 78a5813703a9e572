/**
 * Text typed or pasted into the municipality table. A cell holds a number in
 * the column's unit (percent for shares and rates; a trailing % sign changes
 * nothing); Dutch and English notation are both read ("7,5", "7.5",
 * "1.234", "1,234.5"), the language of the UI deciding only the ambiguous
 * "1.234" / "1,234". Text pasted from a spreadsheet is a block: rows by line
 * breaks, cells by tabs.
 */
import { i18n } from '$lib/i18n/i18n.svelte';
import { notANumber } from '$lib/i18n/refusals';
import { readTypedNumber, type DecimalMark } from '$lib/io/numbers';
import { fromPercent } from './fields';

export type CellReading =
	{ kind: 'empty' } | { kind: 'number'; value: number } | { kind: 'error'; reason: string };

/** `value` is in the model's unit: a fraction for a percent column. */
export function readCell(text: string, percent: boolean, mark: DecimalMark): CellReading {
	const trimmed = text.trim();
	if (trimmed === '') return { kind: 'empty' };
	const parsed = readTypedNumber(trimmed, mark);
	if (!parsed.ok) return { kind: 'error', reason: notANumber(trimmed, parsed) };
	if (parsed.percent && !percent) {
		return { kind: 'error', reason: i18n.t('refusePercent', { text: trimmed }) };
	}
	return { kind: 'number', value: percent ? fromPercent(parsed.value) : parsed.value };
}

/**
 * A block copied from Excel or LibreOffice: one row per line, cells split by
 * tabs. The line break Excel puts after the last row makes no extra row; a
 * cell in double quotes (Excel quotes cells with a line break) loses them.
 */
export function splitPasted(text: string): string[][] {
	const lines = text.replace(/\r\n?/g, '\n').replace(/\n$/, '').split('\n');
	return lines.map((line) => line.split('\t').map(unquote));
}

function unquote(cell: string): string {
	const t = cell.trim();
	return t.length >= 2 && t.startsWith('"') && t.endsWith('"')
		? t.slice(1, -1).replace(/""/g, '"')
		: cell;
}

/** Does pasted text fill more than the one cell it lands in? */
export const isBlock = (text: string) => /[\t\r\n]/.test(text);
