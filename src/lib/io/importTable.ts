/**
 * Import of municipality figures from CSV or XLSX, as a preview first.
 *
 * `previewImport` reads the whole file, matches its columns (columns.ts)
 * and rows (on the CBS code, falling back to the name) to the municipalities
 * of the current scenario, and lists every problem per row as facts naming
 * the municipality and the field (i18n/problems.ts words them), before
 * anything is applied. The resulting
 * scenario is validated with `parseScenario` and its issues join the list.
 * `apply()` exists only for a preview without problems and returns a new
 * scenario; the current one is never touched, so on any error nothing
 * changes.
 *
 * Reading, in order:
 *  - XLSX by the zip signature (PK\x03\x04) or the extension; the sheet
 *    "Gegevens" when there is one (our own export), else the first sheet.
 *  - Text: BOM / UTF-8 / Windows-1252 (decode.ts); an optional Excel
 *    "sep=;" first line; otherwise the separator (; tab ,) that occurs most
 *    often in the first lines, outside quotes, with ; winning a tie.
 *  - The header is the first of the first ten non-empty rows with a code or
 *    name column, so a title line above the table does no harm.
 *  - The decimal mark is voted over all number cells (numbers.ts); a tie
 *    means "," except in a comma-separated file.
 *
 * Shares and rates (fields whose range lies within -1..1 in fields.ts):
 *  1. a header with %, "procent" or "percentage" makes every value in the
 *     column a percentage (32 → 0,32);
 *  2. otherwise a value written with a % sign is a percentage (12,5% → 0,125);
 *  3. otherwise the column decides as a whole: fractions when every value
 *     lies within the field's range (0,32 for a share), percentages as soon
 *     as one does not (32, 15, 0,5 → 0,32, 0,15, 0,005).
 * A percentage becomes a fraction by moving the decimal point, exactly.
 * In an .xlsx file a cell formatted as a percentage already holds the
 * fraction (32 % is 0,32), so rule 1 would divide it again: such a column
 * needs a header without % (our own export writes it that way).
 *
 * An empty cell leaves the field as it is; it never clears it. A row naming
 * another Dutch municipality (by CBS code, or by name without a code) is
 * skipped and listed, so a provincial sheet imports the region's rows; any
 * other row that names no municipality of the scenario is a problem.
 * Municipalities missing from the file keep their figures.
 */
import { dsvFormat } from 'd3-dsv';
import {
	MUNICIPALITY_FIELDS,
	type MunicipalityNumberField,
	type NumberRule
} from '../model/fields';
import { LIMITS } from '../model/limits';
import { MUNICIPALITIES } from '../data/cbs';
import { parseScenario, type ValidationIssue } from '../model/scenario';
import type { Municipality, Scenario } from '../model/types';
import {
	isShareField,
	matchColumns,
	normaliseHeader,
	type ColumnKey,
	type MatchedColumn
} from './columns';
import { decodeText, type TextEncodingName } from './decode';
import { zipSize } from './zipSize';
import { unneutralise } from './exportTable';
import { guessDecimalMark, parseNumber, percentToFraction, type DecimalMark } from './numbers';
import {
	MAX_UNPACKED_BYTES,
	isWorkbookError,
	readWorkbook,
	workbookTooLarge,
	type WorkbookReader
} from './xlsxApi';

/** Larger files are refused before they are read (limits.ts). */
export const MAX_IMPORT_BYTES = LIMITS.importBytes;
/** A region has a few dozen municipalities (the Netherlands some 340); as many rows as a scenario's municipalities. */
export const MAX_IMPORT_ROWS = LIMITS.importRows;
/** Rows × columns: a sheet of 2.000 rows and 150 columns at most. */
export const MAX_IMPORT_CELLS = LIMITS.importCells;
/** How many non-empty rows from the top are searched for the header. */
const HEADER_SEARCH_ROWS = 10;

export interface FieldChange {
	field: MunicipalityNumberField;
	from: number | undefined;
	to: number;
}

export interface ImportRow {
	/** line (CSV record) or row (XLSX) number in the file, from 1 */
	line: number;
	/** the code and name as written in the file ('' when absent) */
	code: string;
	name: string;
	/** code of the scenario's municipality this row was matched to */
	municipalityCode?: string;
	/** fields whose value differs from the current scenario */
	changes: FieldChange[];
	/** naming the municipality and the field */
	problems: ImportProblem[];
	/** a municipality outside the region: listed, not read */
	skipped?: boolean;
}

export interface ImportColumn {
	/** the header as written in the file */
	header: string;
	field: ColumnKey;
	/** the column was read as percentages */
	percent: boolean;
}

export interface ImportSource {
	kind: 'csv' | 'xlsx';
	encoding?: TextEncodingName;
	separator?: string;
	decimalMark?: DecimalMark;
	sheet?: string;
}

export interface ImportPreview {
	/** no problem at all: `apply()` may be called */
	ok: boolean;
	rows: ImportRow[];
	/** rows about a Dutch municipality outside the scenario's region (a provincial sheet): not read */
	skipped: ImportRow[];
	/** problems of the whole file */
	problems: ImportProblem[];
	/** headers that match no field; their columns are ignored */
	unmatchedColumns: string[];
	/** the recognised columns and how they were read */
	columns: ImportColumn[];
	source: ImportSource;
	/** the scenario with the file's figures; only when ok, a new object each call */
	apply(): Scenario;
}

type Cell = string | number | boolean | Date | null | undefined;

interface Table {
	rows: Cell[][];
	/** line number of each row */
	lines: number[];
	source: ImportSource;
}

/** The row a problem is in: its line, and the municipality as matched or as the file names it. */
export interface RowPlace {
	line: number;
	name: string;
	code: string;
	/** name and code are the scenario's municipality (else as written in the file) */
	matched: boolean;
}

/** What is wrong with one cell's value. */
export type CellProblem =
	| { is: 'notFinite' }
	| { is: 'date'; text: string }
	| { is: 'notANumber'; text: string }
	| { is: 'tooLarge'; text: string }
	| { is: 'percentForCount'; text: string }
	| { is: 'notWhole'; value: number; share: boolean }
	| { is: 'belowMin'; min: number; value: number; share: boolean }
	| { is: 'aboveMax'; max: number; value: number; share: boolean };

/** A problem of the file or of one row, as facts; i18n/problems.ts says it in the UI's language. */
export type ImportProblem =
	| { kind: 'fileTooLarge'; bytes: number; max: number }
	| { kind: 'fileEmpty' }
	| { kind: 'oldExcel' }
	| { kind: 'notATable' }
	| { kind: 'jsonFile' }
	| { kind: 'xlsxUnreadable' }
	/** `megabytes` null: more than 4.096 MB */
	| {
			kind: 'xlsxUnpacksTooLarge';
			megabytes: number | null;
			entries: number;
			maxMegabytes: number;
			maxEntries: number;
	  }
	/** the XLSX worker gave up; its message is already in the UI's language */
	| { kind: 'workbook'; message: string }
	/** the workbook reader's own guard: the archive says it unpacks to more than `max` bytes */
	| { kind: 'workbookTooLarge'; bytes: number; max: number }
	| { kind: 'tooManyCells'; cells: number; max: number }
	| { kind: 'oneColumn' }
	| { kind: 'noIdColumn' }
	| { kind: 'duplicateColumns'; a: string; b: string; field: ColumnKey }
	| { kind: 'noDataColumn' }
	| { kind: 'noDataRows' }
	| { kind: 'tooManyRows'; rows: number; max: number }
	| { kind: 'noRowInRegion' }
	| { kind: 'rowNoId'; line: number }
	| { kind: 'rowCodeNameMismatch'; line: number; code: string; codeName: string; name: string }
	| { kind: 'rowNameAmbiguous'; line: number; name: string }
	| { kind: 'rowUnknown'; at: RowPlace }
	| { kind: 'rowDuplicate'; at: RowPlace; earlier: number }
	| {
			kind: 'rowShifted';
			line: number;
			cells: number;
			headerCells: number;
			commaSeparated: boolean;
	  }
	| { kind: 'cell'; at: RowPlace; field: MunicipalityNumberField; problem: CellProblem }
	/** the scenario after the import fails validation; `line` when it is about a row's municipality */
	| { kind: 'scenario'; line?: number; issue: ValidationIssue };

export type ImportProblemKind = ImportProblem['kind'];

export async function previewImport(
	bytes: Uint8Array,
	fileName: string,
	current: Scenario,
	/** how an .xlsx file is unpacked and parsed; the app passes its XLSX worker */
	reader: WorkbookReader = readWorkbook
): Promise<ImportPreview> {
	const read = await readTable(bytes, fileName, reader);
	if ('problem' in read) return failed([read.problem], { kind: read.kind });
	const cells = read.rows.reduce((sum, row) => sum + row.length, 0);
	if (cells > MAX_IMPORT_CELLS) {
		return failed([{ kind: 'tooManyCells', cells, max: MAX_IMPORT_CELLS }], read.source);
	}
	return previewTable(read, current);
}

function failed(
	problems: ImportProblem[],
	source: ImportSource,
	unmatchedColumns: string[] = [],
	columns: ImportColumn[] = []
): ImportPreview {
	return {
		ok: false,
		rows: [],
		skipped: [],
		problems,
		unmatchedColumns,
		columns,
		source,
		apply: refuse
	};
}

function refuse(): never {
	throw new Error('The file has problems; nothing was applied.');
}

// ---------------------------------------------------------------- reading

type ReadResult = Table | { problem: ImportProblem; kind: 'csv' | 'xlsx' };

const startsWith = (bytes: Uint8Array, signature: number[]) =>
	signature.every((b, i) => bytes[i] === b);

async function readTable(
	bytes: Uint8Array,
	fileName: string,
	reader: WorkbookReader
): Promise<ReadResult> {
	const isXlsx = startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || /\.xlsx$/i.test(fileName.trim());
	const kind = isXlsx ? 'xlsx' : 'csv';
	if (bytes.length > MAX_IMPORT_BYTES) {
		return { problem: { kind: 'fileTooLarge', bytes: bytes.length, max: MAX_IMPORT_BYTES }, kind };
	}
	if (bytes.length === 0) return { problem: { kind: 'fileEmpty' }, kind };
	if (isXlsx) return readXlsx(bytes, reader);
	if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) {
		return { problem: { kind: 'oldExcel' }, kind };
	}
	const decoded = decodeText(bytes);
	const text = decoded.text;
	if (text.trim() === '') return { problem: { kind: 'fileEmpty' }, kind };
	if (text.includes('\u0000')) {
		return { problem: { kind: 'notATable' }, kind };
	}
	if (looksLikeJson(text)) {
		return { problem: { kind: 'jsonFile' }, kind };
	}
	return parseCsv(text, decoded.encoding);
}

function looksLikeJson(text: string): boolean {
	if (!/^\s*[[{]/.test(text)) return false;
	try {
		JSON.parse(text);
		return true;
	} catch {
		return false;
	}
}

function parseCsv(text: string, encoding: TextEncodingName): Table {
	let offset = 0;
	let separator: string;
	const sepLine = /^sep=([^\r\n])\r?\n/i.exec(text);
	if (sepLine) {
		separator = sepLine[1]!;
		text = text.slice(sepLine[0].length);
		offset = 1;
	} else separator = detectSeparator(text);
	const rows = dsvFormat(separator).parseRows(text);
	return {
		rows,
		lines: rows.map((_, i) => i + 1 + offset),
		source: { kind: 'csv', encoding, separator }
	};
}

/** The candidate occurring most often outside quotes in the first non-empty lines. */
export function detectSeparator(text: string): string {
	const candidates = [';', '\t', ','];
	const counts = [0, 0, 0];
	const lines = text
		.slice(0, 65536)
		.split(/\r\n|\n|\r/)
		.filter((l) => l.trim())
		.slice(0, HEADER_SEARCH_ROWS);
	for (const line of lines) {
		let quoted = false;
		for (const ch of line) {
			if (ch === '"') quoted = !quoted;
			else if (!quoted) {
				const k = candidates.indexOf(ch);
				if (k >= 0) counts[k]!++;
			}
		}
	}
	let best = 0;
	for (let k = 1; k < candidates.length; k++) if (counts[k]! > counts[best]!) best = k;
	return candidates[best]!;
}

async function readXlsx(bytes: Uint8Array, reader: WorkbookReader): Promise<ReadResult> {
	const unreadable = { problem: { kind: 'xlsxUnreadable' } as const, kind: 'xlsx' as const };
	const zip = zipSize(bytes);
	if (!zip) return unreadable;
	if (zip.unpacked > LIMITS.xlsxUnpackedBytes || zip.entries > LIMITS.xlsxEntries) {
		return {
			problem: {
				kind: 'xlsxUnpacksTooLarge',
				megabytes: zip.unpacked === Infinity ? null : Math.round(zip.unpacked / 1024 / 1024),
				entries: zip.entries,
				maxMegabytes: LIMITS.xlsxUnpackedBytes / 1024 / 1024,
				maxEntries: LIMITS.xlsxEntries
			},
			kind: 'xlsx'
		};
	}
	let sheets: { sheet: string; data: unknown[][] }[];
	try {
		sheets = await reader(bytes);
	} catch (e) {
		// A worker that gave up (deadline) or died says why; anything else is not a workbook.
		const declared = workbookTooLarge(e);
		if (declared !== null) {
			return {
				problem: { kind: 'workbookTooLarge', bytes: declared, max: MAX_UNPACKED_BYTES },
				kind: 'xlsx'
			};
		}
		return isWorkbookError(e)
			? { problem: { kind: 'workbook', message: e.message }, kind: 'xlsx' }
			: unreadable;
	}
	if (!sheets.length) return unreadable;
	const chosen = sheets.find((s) => normaliseHeader(s.sheet) === 'gegevens') ?? sheets[0]!;
	const rows = chosen.data.map((row) => row.map(toCell));
	return {
		rows,
		lines: rows.map((_, i) => i + 1),
		source: { kind: 'xlsx', sheet: chosen.sheet }
	};
}

function toCell(x: unknown): Cell {
	if (x === null || x === undefined) return null;
	if (typeof x === 'string' || typeof x === 'number' || typeof x === 'boolean') return x;
	if (x instanceof Date) return x;
	return String(x);
}

// ---------------------------------------------------------------- cells

const isEmpty = (c: Cell) => c === null || c === undefined || (typeof c === 'string' && !c.trim());

function cellText(c: Cell): string {
	if (c === null || c === undefined) return '';
	if (c instanceof Date) return Number.isNaN(c.getTime()) ? '' : c.toISOString().slice(0, 10);
	return unneutralise(String(c).trim());
}

type NumberCell =
	| { kind: 'empty' }
	| { kind: 'error'; problem: CellProblem }
	| { kind: 'number'; value: number; percent: boolean; canonical: string };

function numberCell(c: Cell, decimalMark: DecimalMark): NumberCell {
	if (isEmpty(c)) return { kind: 'empty' };
	if (typeof c === 'number') {
		if (!Number.isFinite(c)) return { kind: 'error', problem: { is: 'notFinite' } };
		return { kind: 'number', value: c === 0 ? 0 : c, percent: false, canonical: String(c) };
	}
	if (c instanceof Date) return { kind: 'error', problem: { is: 'date', text: cellText(c) } };
	if (typeof c === 'boolean') {
		return { kind: 'error', problem: { is: 'notANumber', text: String(c) } };
	}
	const parsed = parseNumber(String(c), decimalMark);
	return parsed.ok
		? { kind: 'number', ...parsed }
		: { kind: 'error', problem: { is: parsed.problem, text: String(c).trim() } };
}

// ---------------------------------------------------------------- matching

/** CBS codes match with or without "GM" and leading zeros (GM0080 = 0080 = 80); other ids as written. */
export function normaliseCode(code: string): string {
	const s = code.replace(/\s+/g, '').toUpperCase();
	const cbs = /^(?:GM)?0*(\d{1,4})$/.exec(s);
	return cbs ? 'GM' + cbs[1]!.padStart(4, '0') : s;
}

/** Names match without accents, case, spaces, punctuation or a "Gemeente" prefix. */
export function normaliseName(name: string): string {
	const s = name
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]/g, '');
	return s.startsWith('gemeente') && s.length > 8 ? s.slice(8) : s;
}

// ---------------------------------------------------------------- preview

function previewTable(table: Table, current: Scenario): ImportPreview {
	const { rows, lines } = table;
	const source = { ...table.source };
	const nonEmpty = rows.map((r, i) => i).filter((i) => rows[i]!.some((c) => !isEmpty(c)));
	if (!nonEmpty.length) return failed([{ kind: 'fileEmpty' }], source);

	// The header: the first of the top rows with a code or name column.
	const top = nonEmpty.slice(0, HEADER_SEARCH_ROWS);
	const headerIndex = top.find((i) =>
		matchColumns(rows[i]!.map(cellText)).columns.some((c) => c.key === 'code' || c.key === 'name')
	);
	if (headerIndex === undefined) {
		const widest = Math.max(...top.map((i) => rows[i]!.filter((c) => !isEmpty(c)).length));
		return failed(
			[{ kind: widest <= 1 && source.kind === 'csv' ? 'oneColumn' : 'noIdColumn' }],
			source
		);
	}
	const header = rows[headerIndex]!.map(cellText);
	const match = matchColumns(header);
	const problems: ImportProblem[] = match.duplicates.map(([a, b]) => ({
		kind: 'duplicateColumns',
		a: a.header,
		b: b.header,
		field: a.key
	}));
	const codeColumn = match.columns.find((c) => c.key === 'code');
	const nameColumn = match.columns.find((c) => c.key === 'name');
	const dataColumns = match.columns.filter(
		(c): c is MatchedColumn & { key: MunicipalityNumberField } =>
			c.key !== 'code' && c.key !== 'name'
	);
	if (!dataColumns.length) {
		problems.push({ kind: 'noDataColumn' });
	}
	const dataRows = nonEmpty.filter((i) => i > headerIndex);
	if (!dataRows.length) problems.push({ kind: 'noDataRows' });
	if (dataRows.length > MAX_IMPORT_ROWS) {
		problems.push({ kind: 'tooManyRows', rows: dataRows.length, max: MAX_IMPORT_ROWS });
	}
	const columnsOut = (percent: Set<MunicipalityNumberField>): ImportColumn[] =>
		match.columns.map((c) => ({
			header: c.header,
			field: c.key,
			percent: c.key !== 'code' && c.key !== 'name' && percent.has(c.key)
		}));
	if (problems.length) {
		return failed(problems, source, match.unmatched, columnsOut(new Set()));
	}

	// A CSV row with more cells than the header has its cells shifted: none can be trusted.
	const headerWidth = header.length;
	const shifted = new Set(
		source.kind === 'csv'
			? dataRows.filter((i) => rows[i]!.slice(headerWidth).some((c) => !isEmpty(c)))
			: []
	);

	// Numbers: one decimal mark for the file, then each column.
	const fallback: DecimalMark = source.separator === ',' ? '.' : ',';
	const texts: string[] = [];
	for (const i of dataRows) {
		if (shifted.has(i)) continue;
		for (const c of dataColumns) {
			const cell = rows[i]![c.index];
			if (typeof cell === 'string') texts.push(cell);
		}
	}
	const decimalMark = guessDecimalMark(texts, fallback);
	source.decimalMark = decimalMark;
	const cells = new Map<MunicipalityNumberField, NumberCell[]>();
	const percentColumns = new Set<MunicipalityNumberField>();
	for (const c of dataColumns) {
		const column = dataRows.map((i): NumberCell =>
			shifted.has(i) ? { kind: 'empty' } : numberCell(rows[i]![c.index], decimalMark)
		);
		cells.set(c.key, column);
		if (!isShareField(c.key)) continue;
		const rule = MUNICIPALITY_FIELDS[c.key];
		const outside = column.some(
			(x) => x.kind === 'number' && !x.percent && (x.value < rule.min || x.value > rule.max)
		);
		if (c.percent || outside) percentColumns.add(c.key);
	}

	// Rows: find the municipality, then check and collect each value.
	const byCode = new Map<string, number>();
	const byName = new Map<string, number>();
	current.municipalities.forEach((m, k) => {
		byCode.set(normaliseCode(m.code), k);
		const n = normaliseName(m.name);
		byName.set(n, byName.has(n) ? -1 : k); // -1: two municipalities share the name
	});
	const candidate = JSON.parse(JSON.stringify(current)) as Scenario;
	const seen = new Map<number, number>();
	const previewRows: ImportRow[] = dataRows.map((i, r) => {
		const line = lines[i]!;
		const code = codeColumn ? cellText(rows[i]![codeColumn.index]) : '';
		const name = nameColumn ? cellText(rows[i]![nameColumn.index]) : '';
		const row: ImportRow = { line, code, name, changes: [], problems: [] };

		const byC = code ? byCode.get(normaliseCode(code)) : undefined;
		const byNRaw = name ? byName.get(normaliseName(name)) : undefined;
		const byN = byNRaw === -1 ? undefined : byNRaw;
		let k = byC ?? byN;
		let at: RowPlace = { line, name, code, matched: false };
		if (k === undefined && byNRaw !== -1 && isOutside(code, name)) {
			row.skipped = true;
			return row;
		}
		if (!code && !name) {
			row.problems.push({ kind: 'rowNoId', line });
		} else if (byC !== undefined && byN !== undefined && byC !== byN) {
			const a = current.municipalities[byC]!;
			row.problems.push({ kind: 'rowCodeNameMismatch', line, code, codeName: a.name, name });
			k = undefined;
		} else if (k === undefined) {
			row.problems.push(
				byNRaw === -1 && byC === undefined
					? { kind: 'rowNameAmbiguous', line, name }
					: { kind: 'rowUnknown', at }
			);
		}
		let target: Municipality | undefined;
		if (k !== undefined) {
			const m = current.municipalities[k]!;
			at = { line, name: m.name, code: m.code, matched: true };
			const earlier = seen.get(k);
			if (earlier !== undefined) {
				row.problems.push({ kind: 'rowDuplicate', at, earlier });
			} else {
				seen.set(k, line!);
				row.municipalityCode = m.code;
				target = candidate.municipalities[k];
			}
		}

		if (shifted.has(i)) {
			row.problems.push({
				kind: 'rowShifted',
				line,
				cells: rows[i]!.length,
				headerCells: headerWidth,
				commaSeparated: source.separator === ','
			});
			return row;
		}

		for (const c of dataColumns) {
			const cell = cells.get(c.key)![r]!;
			if (cell.kind === 'empty') continue;
			const rule: NumberRule = MUNICIPALITY_FIELDS[c.key];
			const refuseCell = (problem: CellProblem) =>
				row.problems.push({ kind: 'cell', at, field: c.key, problem });
			if (cell.kind === 'error') {
				refuseCell(cell.problem);
				continue;
			}
			const share = isShareField(c.key);
			if (cell.percent && !share) {
				refuseCell({ is: 'percentForCount', text: cellText(rows[i]![c.index]) });
				continue;
			}
			const to =
				cell.percent || percentColumns.has(c.key) ? percentToFraction(cell.canonical) : cell.value;
			if (!Number.isFinite(to)) {
				refuseCell({ is: 'notFinite' });
			} else if (rule.integer && !Number.isInteger(to)) {
				refuseCell({ is: 'notWhole', value: to, share });
			} else if (to < rule.min) {
				refuseCell({ is: 'belowMin', min: rule.min, value: to, share });
			} else if (to > rule.max) {
				refuseCell({ is: 'aboveMax', max: rule.max, value: to, share });
			} else if (target) {
				const from = current.municipalities[k!]![c.key];
				target[c.key] = to;
				if (from !== to) row.changes.push({ field: c.key, from, to });
			}
		}
		return row;
	});

	// The whole scenario after the import, checked like a loaded file.
	const parsed = parseScenario(candidate);
	if (!parsed.ok) {
		for (const issue of parsed.issues) {
			const row = issue.municipality
				? previewRows.find((r) => r.municipalityCode === issue.municipality)
				: undefined;
			if (row) row.problems.push({ kind: 'scenario', line: row.line, issue });
			else problems.push({ kind: 'scenario', issue });
		}
	}

	const read = previewRows.filter((r) => !r.skipped);
	const skipped = previewRows.filter((r) => r.skipped);
	if (!read.length && skipped.length) {
		problems.push({ kind: 'noRowInRegion' });
	}
	const ok = !problems.length && read.every((r) => !r.problems.length);
	return {
		ok,
		rows: read,
		skipped,
		problems,
		unmatchedColumns: match.unmatched,
		columns: columnsOut(percentColumns),
		source,
		apply: ok ? () => JSON.parse(JSON.stringify(candidate)) as Scenario : refuse
	};
}

// Every Dutch municipality by code and by name: a row naming one outside the region is skipped.
const CBS_CODES = new Set(MUNICIPALITIES.map((m) => m.code));
const CBS_NAMES = new Set(MUNICIPALITIES.map((m) => normaliseName(m.name)));

/**
 * A row about another municipality of the Netherlands (its CBS code, or its
 * name when there is no code): from a provincial or national sheet, not a
 * mistake. Anything else that matches no municipality stays a problem.
 */
function isOutside(code: string, name: string): boolean {
	if (code) return CBS_CODES.has(normaliseCode(code));
	return !!name && CBS_NAMES.has(normaliseName(name));
}
