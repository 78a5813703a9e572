/**
 * Export of a scenario's figures and of its results as CSV, XLSX and JSON.
 *
 * CSV is made for Dutch Excel, which opens a double-clicked file with the
 * list separator and decimal mark of the nl-NL locale: UTF-8 with a BOM (or
 * "Súdwest-Fryslân" breaks), semicolons, decimal commas, no thousands
 * separators, CRLF line ends. There are two CSV files rather than one file
 * with two tables, so each opens as one clean table and the figures file
 * can be imported again unchanged:
 *  - figures ("gegevens"): one row per municipality, every field of
 *    fields.ts; shares and rates as percentages under a "(%)" header, the
 *    decimal point shifted exactly (0,07 → 7), an empty cell for a field
 *    that is not given;
 *  - results ("resultaten"): one row per year and municipality.
 * The XLSX file has the same tables as sheets "Gegevens" and "Resultaten"
 * (the latter only with a result); there shares are stored as fractions with
 * a percent number format, which is how Excel itself keeps percentages, so
 * their headers carry no "(%)".
 * Text cells that a spreadsheet could take for a formula (starting with
 * =, +, -, @, tab or CR) get a leading single quote; numbers stay numbers.
 * A value that is not finite is a bug upstream and stops the export.
 */
import { dsvFormat } from 'd3-dsv';
import { fileColumn } from '../i18n/fieldNames';
import { MUNICIPALITY_FIELDS, type MunicipalityNumberField } from '../model/fields';
import { serializeScenario } from '../model/scenario';
import type { Municipality, Scenario, SimulationResult } from '../model/types';
import { isShareField } from './columns';
import { shiftDecimal } from './numbers';

const FORMULA_START = /^'*[=+\-@\t\r]/;

/** A text cell a spreadsheet could run as a formula gets a leading quote; anything else is returned as is. */
export function neutralise<T>(cell: T): T {
	return (typeof cell === 'string' && FORMULA_START.test(cell) ? `'${cell}` : cell) as T;
}

/** Undo `neutralise` on import (a name like "'s-Hertogenbosch" is left alone). */
export function unneutralise(text: string): string {
	return /^'+[=+\-@\t\r]/.test(text) ? text.slice(1) : text;
}

const FIELDS = Object.keys(MUNICIPALITY_FIELDS) as MunicipalityNumberField[];

/** Header of a figures column; `percent` adds "(%)" (CSV, where shares are written as percentages). */
export function figureHeader(field: MunicipalityNumberField, percent: boolean): string {
	const label = fileColumn(field);
	return percent && isShareField(field) ? `${label} (%)` : label;
}

export const CODE_HEADER = 'Gemeentecode';
export const NAME_HEADER = 'Gemeente';

/** Columns of the results table: households are integers, the rest real. */
export const RESULT_HEADERS = {
	year: 'Jaar',
	code: CODE_HEADER,
	name: NAME_HEADER,
	households: 'Huishoudens',
	exact: 'Exacte toewijzing',
	fairShare: 'Fair share',
	ledger: 'Saldo t.o.v. fair share (cumulatief)',
	relettings: 'Vrijkomende sociale huurwoningen',
	priorityShare: 'Aandeel voorrang',
	regularRelettings: 'Voor regulier woningzoekenden',
	compensation: 'Compensatie t/m dit jaar (euro)'
} as const;

/**
 * Decimals each result column is rounded to in CSV and XLSX, for what it means: households
 * and euros whole, the exact allocation and the fair share to a tenth of a household, the
 * priority share to 0,1 % (three decimals of the fraction). The JSON keeps full precision.
 */
const RESULT_DECIMALS = {
	households: 0,
	exact: 1,
	fairShare: 1,
	ledger: 0,
	relettings: 0,
	priorityShare: 3,
	regularRelettings: 0,
	compensation: 0
} as const;

/** Round half away from zero, without −0. */
function rounded(x: Num, decimals: number): Num {
	if (typeof x !== 'number' || !Number.isFinite(x)) return x;
	const r = Number(
		shiftDecimal(Math.round(Math.abs(Number(shiftDecimal(x, decimals)))), -decimals)
	);
	return x < 0 && r !== 0 ? -r : r;
}

type Num = number | undefined | null;

function finite(x: Num, what: string): Num {
	if (typeof x === 'number' && !Number.isFinite(x)) {
		throw new RangeError(`Export afgebroken: ${what} is geen eindig getal (${x}).`);
	}
	return x;
}

/** A number as Dutch Excel reads it: decimal comma, no thousands separator, no exponent. */
export function csvNumber(x: Num, what: string, percent = false): string {
	x = finite(x, what);
	if (x === undefined || x === null) return '';
	return shiftDecimal(x, percent ? 2 : 0).replace('.', ',');
}

const csv = dsvFormat(';');

/** Rows of already formatted cells: text cells neutralised by the caller, numbers never. */
export function csvText(rows: string[][]): string {
	return '\uFEFF' + rows.map((row) => csv.formatRow(row)).join('\r\n') + '\r\n';
}

function where(m: Pick<Municipality, 'name' | 'code'>, field: string): string {
	return `${field} van ${m.name} (${m.code})`;
}

/** The figures of every municipality as a Dutch Excel CSV (shares in percent). */
export function exportFiguresCsv(scenario: Scenario): string {
	return figuresCsv(scenario, FIELDS);
}

/** The given fields of every municipality as a Dutch Excel CSV (also the template). */
export function figuresCsv(scenario: Scenario, fields: readonly MunicipalityNumberField[]): string {
	const header = [CODE_HEADER, NAME_HEADER, ...fields.map((f) => figureHeader(f, true))];
	const rows = scenario.municipalities.map((m) => [
		neutralise(m.code),
		neutralise(m.name),
		...fields.map((f) =>
			csvNumber(m[f] as Num, where(m, fileColumn(f).toLowerCase()), isShareField(f))
		)
	]);
	return csvText([header, ...rows]);
}

interface ResultRow {
	year: number;
	code: string;
	name: string;
	households: number;
	exact: number;
	fairShare: number;
	ledger: number;
	relettings: number;
	priorityShare: number | null;
	regularRelettings: number;
	compensation: number;
}

function resultRows(result: SimulationResult): ResultRow[] {
	const rows: ResultRow[] = [];
	for (const y of result.byYear) {
		result.codes.forEach((code, i) => {
			rows.push({
				year: y.year,
				code,
				name: result.names[i] ?? code,
				households: y.households[i]!,
				exact: y.exact[i]!,
				fairShare: y.fairShare[i]!,
				ledger: y.ledger[i]!,
				relettings: y.relettings[i]!,
				priorityShare: y.priorityShare[i]!,
				regularRelettings: y.regularRelettings[i]!,
				compensation: y.compensation[i]!
			});
		});
	}
	return rows;
}

const NUMBER_KEYS = [
	'households',
	'exact',
	'fairShare',
	'ledger',
	'relettings',
	'priorityShare',
	'regularRelettings',
	'compensation'
] as const;

/** Figure k of a result row, checked finite and rounded, with the words that name it in an error. */
function resultFigure(r: ResultRow, k: (typeof NUMBER_KEYS)[number]): { value: Num; what: string } {
	const what = `${RESULT_HEADERS[k]} van ${r.name} in ${r.year}`;
	return { value: rounded(finite(r[k], what), RESULT_DECIMALS[k]), what };
}

/** The results per year and municipality as a Dutch Excel CSV (priority share in percent). */
export function exportResultsCsv(_scenario: Scenario, result: SimulationResult): string {
	const header = [
		RESULT_HEADERS.year,
		RESULT_HEADERS.code,
		RESULT_HEADERS.name,
		...NUMBER_KEYS.map((k) =>
			k === 'priorityShare' ? `${RESULT_HEADERS[k]} (%)` : RESULT_HEADERS[k]
		)
	];
	const rows = resultRows(result).map((r) => [
		String(r.year),
		neutralise(r.code),
		neutralise(r.name),
		...NUMBER_KEYS.map((k) => {
			const { value, what } = resultFigure(r, k);
			return csvNumber(value, what, k === 'priorityShare');
		})
	]);
	return csvText([header, ...rows]);
}

/**
 * Dutch Excel CSV: without a result the figures (one row per municipality),
 * with a result the results (one row per year and municipality).
 */
export function exportCsv(scenario: Scenario, result?: SimulationResult): string {
	return result ? exportResultsCsv(scenario, result) : exportFiguresCsv(scenario);
}

type XlsxCell =
	string | number | null | { value: string | number; format?: string; fontWeight?: 'bold' };

const bold = (value: string): XlsxCell => ({ value, fontWeight: 'bold' });

function xlsxNumber(x: Num, what: string, format?: string): XlsxCell {
	x = finite(x, what);
	if (x === undefined || x === null) return null;
	return format ? { value: x, format } : x;
}

/**
 * The figures (sheet "Gegevens") and, given a result, the results (sheet
 * "Resultaten") as an .xlsx file. Works in the browser and in Node.
 */
export async function exportXlsx(scenario: Scenario, result?: SimulationResult): Promise<Blob> {
	const sheets = [figuresSheet(scenario, FIELDS)];
	if (result) {
		const results: XlsxCell[][] = [
			[
				bold(RESULT_HEADERS.year),
				bold(RESULT_HEADERS.code),
				bold(RESULT_HEADERS.name),
				...NUMBER_KEYS.map((k) => bold(RESULT_HEADERS[k]))
			],
			...resultRows(result).map((r) => [
				r.year,
				neutralise(r.code),
				neutralise(r.name),
				...NUMBER_KEYS.map((k) => {
					const { value, what } = resultFigure(r, k);
					return xlsxNumber(value, what, k === 'priorityShare' ? '0.0%' : undefined);
				})
			])
		];
		sheets.push({
			sheet: 'Resultaten',
			data: results,
			stickyRowsCount: 1,
			columns: [
				{ width: 8 },
				{ width: 14 },
				{ width: 24 },
				...NUMBER_KEYS.map(() => ({ width: 18 }))
			]
		});
	}
	return writeSheets(sheets);
}

type Sheet = {
	sheet: string;
	data: XlsxCell[][];
	stickyRowsCount: number;
	columns: { width: number }[];
};

/** Sheet "Gegevens": the given fields of every municipality, shares as fractions in percent format. */
function figuresSheet(scenario: Scenario, fields: readonly MunicipalityNumberField[]): Sheet {
	const figures: XlsxCell[][] = [
		[bold(CODE_HEADER), bold(NAME_HEADER), ...fields.map((f) => bold(figureHeader(f, false)))],
		...scenario.municipalities.map((m) => [
			neutralise(m.code),
			neutralise(m.name),
			...fields.map((f) =>
				xlsxNumber(
					m[f] as Num,
					where(m, fileColumn(f).toLowerCase()),
					isShareField(f) ? '0.00%' : undefined
				)
			)
		])
	];
	return {
		sheet: 'Gegevens',
		data: figures,
		stickyRowsCount: 1,
		columns: [{ width: 14 }, { width: 24 }, ...fields.map(() => ({ width: 16 }))]
	};
}

/** An .xlsx workbook with only the figures sheet of the given fields (the template). */
export function figuresXlsx(
	scenario: Scenario,
	fields: readonly MunicipalityNumberField[]
): Promise<Blob> {
	return writeSheets([figuresSheet(scenario, fields)]);
}

async function writeSheets(sheets: Sheet[]): Promise<Blob> {
	const { default: writeXlsxFile } = await import('write-excel-file/universal');
	return writeXlsxFile(sheets).toBlob();
}

/** The scenario file (format v1), as saved and loaded everywhere else. */
export function exportScenarioJson(scenario: Scenario): string {
	return serializeScenario(scenario);
}

/** File names for the downloads, from the scenario's name. */
export function exportFileNames(scenario: Scenario): {
	figuresCsv: string;
	resultsCsv: string;
	xlsx: string;
	json: string;
} {
	const base =
		scenario.name
			.normalize('NFD')
			.replace(/[\u0300-\u036f]/g, '')
			.toLowerCase()
			.replace(/[^a-z0-9]+/g, '-')
			.replace(/^-+|-+$/g, '')
			.slice(0, 60) || 'scenario';
	return {
		figuresCsv: `${base}-gegevens.csv`,
		resultsCsv: `${base}-resultaten.csv`,
		xlsx: `${base}.xlsx`,
		json: `${base}.json`
	};
}
