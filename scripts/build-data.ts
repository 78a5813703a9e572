/**
 * Converts the CBS municipality table into the app's built-in data:
 *
 *   npm run data                       reads ../shared/data/gemeenten_2025.csv
 *   npm run data -- path/to/gemeenten_2025.csv
 *
 * and writes src/lib/data/gemeenten.json (column arrays, one entry per
 * gemeente, plus the sources and their reference dates) and copies the
 * boundaries gemeenten_2025.topojson from the same folder to
 * static/data/. The merger list gemeente_herindelingen_2021_2025.csv from the
 * same folder, when present, names the former gemeenten behind a weighted
 * corporation share. Both outputs are committed, so a build never needs the
 * source folder; rerun this script when CBS figures are refreshed.
 *
 * Units: inhabitants (persons), households and dwellings are counts on
 * 1 January 2025; the corporation and rental shares are fractions (0..1) of
 * the whole dwelling stock, KWB 2021. All figures: CBS, licence CC BY 4.0.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { csvParse } from 'd3-dsv';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const csvPath = resolve(process.argv[2] ?? join(root, '../shared/data/gemeenten_2025.csv'));
const sourceDir = dirname(csvPath);
const mergersPath = join(sourceDir, 'gemeente_herindelingen_2021_2025.csv');
const topoPath = join(sourceDir, 'gemeenten_2025.topojson');
const jsonOut = join(root, 'src/lib/data/gemeenten.json');
const topoOut = join(root, 'static/data/gemeenten_2025.topojson');

const problems: string[] = [];

function read(path: string): string {
	try {
		return readFileSync(path, 'utf8');
	} catch (e) {
		console.error(`Kan ${path} niet lezen: ${(e as Error).message}`);
		process.exit(1);
	}
}

/** A whole, non-negative count. */
function count(row: Record<string, string | undefined>, column: string): number {
	const x = Number(row[column]);
	if (row[column] === undefined || row[column] === '' || !Number.isInteger(x) || x < 0) {
		problems.push(`${row.gm_code}: ${column} is geen geheel getal >= 0 (${row[column]})`);
		return 0;
	}
	return x;
}

/** A percentage 0..100 as a fraction, to 6 decimals (the source has at most 1). */
function fraction(row: Record<string, string | undefined>, column: string): number {
	const x = Number(row[column]);
	if (row[column] === undefined || row[column] === '' || !(x >= 0 && x <= 100)) {
		problems.push(`${row.gm_code}: ${column} is geen percentage 0..100 (${row[column]})`);
		return 0;
	}
	return Math.round(x * 1e4) / 1e6;
}

function text(row: Record<string, string | undefined>, column: string): string {
	const s = (row[column] ?? '').trim();
	if (!s) problems.push(`${row.gm_code ?? '?'}: ${column} is leeg`);
	return s;
}

const rows = csvParse(read(csvPath));
const required = [
	'gm_code',
	'gm_naam',
	'provincie',
	'arbeidsmarktregio',
	'inwoners_2025',
	'huishoudens_2025',
	'woningvoorraad_2025',
	'pct_corporatie_2021',
	'pct_huur_2021',
	'bron_pct_eigendom'
];
const missing = required.filter((c) => !rows.columns.includes(c));
if (missing.length) {
	console.error(`${csvPath} mist de kolommen: ${missing.join(', ')}`);
	process.exit(1);
}

const columns = {
	code: [] as string[],
	name: [] as string[],
	province: [] as string[],
	arbeidsmarktregio: [] as string[],
	inhabitants: [] as number[],
	households: [] as number[],
	dwellings: [] as number[],
	corporationShare: [] as number[],
	rentShare: [] as number[],
	ownershipSource: [] as string[]
};
const seen = new Set<string>();
for (const row of [...rows].sort((a, b) => (a.gm_code ?? '').localeCompare(b.gm_code ?? ''))) {
	const code = text(row, 'gm_code');
	if (!/^GM\d{4}$/.test(code)) problems.push(`code ${code} heeft niet de vorm GM0000`);
	if (seen.has(code)) problems.push(`code ${code} staat er twee keer in`);
	seen.add(code);
	columns.code.push(code);
	columns.name.push(text(row, 'gm_naam'));
	columns.province.push(text(row, 'provincie'));
	columns.arbeidsmarktregio.push(text(row, 'arbeidsmarktregio'));
	columns.inhabitants.push(count(row, 'inwoners_2025'));
	columns.households.push(count(row, 'huishoudens_2025'));
	columns.dwellings.push(count(row, 'woningvoorraad_2025'));
	columns.corporationShare.push(fraction(row, 'pct_corporatie_2021'));
	columns.rentShare.push(fraction(row, 'pct_huur_2021'));
	columns.ownershipSource.push(text(row, 'bron_pct_eigendom'));
}

// Former gemeenten behind a merged one, for the notes (names instead of bare codes).
const merged: Record<string, { date: string; former: { code: string; name: string }[] }> = {};
if (existsSync(mergersPath)) {
	for (const m of csvParse(read(mergersPath))) {
		const to = text(m, 'nieuwe_gm_code');
		if (!seen.has(to)) problems.push(`herindeling: ${to} staat niet in de gemeentetabel`);
		merged[to] ??= { date: text(m, 'ingangsdatum'), former: [] };
		merged[to].former.push({ code: text(m, 'oude_gm_code'), name: text(m, 'oude_gm_naam') });
	}
} else {
	console.warn(`Let op: ${mergersPath} ontbreekt; de notities noemen alleen oude codes.`);
}

if (problems.length) {
	for (const p of problems) console.error(p);
	process.exit(1);
}

const data = {
	meta: {
		credit: 'Bron: CBS',
		publisher: 'Centraal Bureau voor de Statistiek (CBS)',
		licence: 'CC BY 4.0',
		licenceUrl: 'https://creativecommons.org/licenses/by/4.0/deed.nl',
		classification: 'Gemeentelijke indeling 1 januari 2025',
		generatedBy: 'scripts/build-data.ts',
		generatedFrom: 'gemeenten_2025.csv',
		sources: [
			{
				fields: ['code', 'name', 'province'],
				table: 'CBS/PDOK gebiedsindeling 2025',
				referenceDate: '2025',
				provisional: false
			},
			{
				fields: ['arbeidsmarktregio'],
				table: 'Gebieden in Nederland 2026 (86247NED)',
				referenceDate: '2026',
				provisional: false
			},
			{
				fields: ['inhabitants', 'households'],
				table: 'Regionale kerncijfers Nederland (70072ned)',
				referenceDate: '2025-01-01',
				provisional: true
			},
			{
				fields: ['dwellings'],
				table: 'Voorraad woningen; mutaties (81955NED)',
				referenceDate: '2025-01-01',
				provisional: true
			},
			{
				fields: ['corporationShare', 'rentShare'],
				table: 'Kerncijfers wijken en buurten 2021 (85039NED)',
				referenceDate: '2021',
				provisional: false
			}
		],
		merged
	},
	columns
};

mkdirSync(dirname(jsonOut), { recursive: true });
// One line per column: compact, yet a refresh shows which columns changed.
const body = Object.entries(data.columns)
	.map(([name, values]) => `\t\t${JSON.stringify(name)}: ${JSON.stringify(values)}`)
	.join(',\n');
writeFileSync(
	jsonOut,
	`{\n\t"meta": ${JSON.stringify(data.meta)},\n\t"columns": {\n${body}\n\t}\n}\n`
);

if (existsSync(topoPath)) {
	const topo = JSON.parse(read(topoPath)) as {
		objects?: Record<string, { geometries?: { id?: string }[] }>;
	};
	const ids = new Set((topo.objects?.gemeenten?.geometries ?? []).map((g) => g.id));
	const absent = columns.code.filter((c) => !ids.has(c));
	if (absent.length)
		console.warn(`Let op: de kaart mist ${absent.length} codes: ${absent.join(', ')}`);
	mkdirSync(dirname(topoOut), { recursive: true });
	// Written, not copied: a copy would inherit a read-only source's mode and block the next run.
	writeFileSync(topoOut, read(topoPath));
} else {
	console.warn(`Let op: ${topoPath} ontbreekt; de kaart is niet bijgewerkt.`);
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
console.log(
	`${columns.code.length} gemeenten: ${sum(columns.inhabitants)} inwoners, ` +
		`${sum(columns.households)} huishoudens, ${sum(columns.dwellings)} woningen → ` +
		`${relative(root, jsonOut)}, ${relative(root, topoOut)}`
);
