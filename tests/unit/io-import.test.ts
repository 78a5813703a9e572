import { describe, expect, it } from 'vitest';
import { problemText } from '$lib/i18n/problems';
import { MAX_IMPORT_BYTES, previewImport, type ImportPreview } from '$lib/io';
import type { ImportProblem } from '$lib/io/importTable';
import { parseScenario } from '$lib/model/scenario';
import type { Scenario } from '$lib/model/types';
import { deepFreeze, fixture, fryslan } from '../fixtures/io/helpers';

const REFUSED = 'The file has problems; nothing was applied.';

/** The problems as the Dutch UI says them. */
const said = (problems: ImportProblem[]) => problems.map((p) => problemText(p, 'nl'));

async function preview(name: string, current: Scenario = fryslan()): Promise<ImportPreview> {
	return previewImport(fixture(name), name, current);
}

/** What a test compares: rows without the file's raw code/name noise. */
const rowsOf = (p: ImportPreview) =>
	p.rows.map((r) => ({
		line: r.line,
		municipalityCode: r.municipalityCode,
		changes: r.changes,
		problems: said(r.problems)
	}));

describe('previewImport: files refused as a whole (nothing is applied)', () => {
	const cases: [file: string, message: string][] = [
		['empty.csv', 'Het bestand is leeg.'],
		['only-bom.csv', 'Het bestand is leeg.'],
		[
			'missing-column.csv',
			'Geen kolom met de gemeentecode of de gemeentenaam gevonden. Zet boven de tabel kolomnamen als ‘Gemeentecode’, ‘Gemeente’ en ‘Inwoners’.'
		],
		[
			'no-data-column.csv',
			'Geen kolom met gegevens herkend. Bekende kolomnamen zijn bijvoorbeeld ‘Inwoners’, ‘Woningvoorraad’, ‘Aandeel sociale huur’ en ‘Mutatiegraad’.'
		],
		['header-only.csv', 'Onder de kopregel staan geen gegevens.'],
		[
			'wrong-separator-pipe.csv',
			'Er is maar één kolom gevonden. Scheid de kolommen met een puntkomma (;), een komma (,) of een tab.'
		],
		[
			'duplicate-column.csv',
			'De kolommen ‘Inwoners’ en ‘inhabitants’ betekenen allebei ‘inwoners’; laat er één staan.'
		],
		[
			'old-excel.xls',
			'Dit is een oud Excel-bestand (.xls). Sla het in Excel op als Excel-werkmap (.xlsx) of als CSV en probeer het opnieuw.'
		],
		[
			'binary.csv',
			'Dit is geen tekstbestand (CSV) en geen Excel-werkmap (.xlsx). Sla de tabel in Excel op als CSV of .xlsx.'
		],
		[
			'corrupt.xlsx',
			'Het Excel-bestand kan niet worden gelezen. Is het wel een Excel-werkmap (.xlsx)? Sla het in Excel opnieuw op als .xlsx of als CSV.'
		],
		[
			'not-a-zip.xlsx',
			'Het Excel-bestand kan niet worden gelezen. Is het wel een Excel-werkmap (.xlsx)? Sla het in Excel opnieuw op als .xlsx of als CSV.'
		],
		[
			'scenario-as-table.json',
			'Dit is een JSON-bestand, geen tabel. Een scenariobestand opent u met ‘Scenario openen’.'
		]
	];
	it.each(cases)('%s: %s', async (file, message) => {
		const current = deepFreeze(fryslan());
		const p = await preview(file, current);
		expect(p.ok).toBe(false);
		expect(said(p.problems)).toEqual([message]);
		expect(p.rows).toEqual([]);
		expect(() => p.apply()).toThrow(REFUSED);
	});

	it('no-data-column.csv lists the column it did not recognise', async () => {
		expect((await preview('no-data-column.csv')).unmatchedColumns).toEqual(['Opmerking']);
	});
});

describe('previewImport: problems per row name the municipality and the field', () => {
	const cases: [file: string, rows: ReturnType<typeof rowsOf>][] = [
		[
			'duplicate-code.csv',
			[
				{
					line: 2,
					municipalityCode: 'GM0080',
					changes: [{ field: 'inhabitants', from: 125000, to: 126000 }],
					problems: []
				},
				{ line: 3, municipalityCode: 'GM0090', changes: [], problems: [] },
				{
					line: 4,
					municipalityCode: undefined,
					changes: [],
					problems: ['Regel 4, gemeente Leeuwarden (GM0080): staat al op regel 2.']
				}
			]
		],
		[
			'text-in-number.csv',
			[
				{
					line: 2,
					municipalityCode: 'GM0080',
					changes: [{ field: 'dwellings', from: 60000, to: 61000 }],
					problems: [
						'Regel 2, gemeente Leeuwarden (GM0080), veld ‘inwoners’: ‘onbekend’ is geen getal.'
					]
				},
				{
					line: 3,
					municipalityCode: 'GM0074',
					changes: [],
					problems: [
						'Regel 3, gemeente Heerenveen (GM0074), veld ‘woningvoorraad’: ‘23,5k’ is geen getal.'
					]
				}
			]
		],
		[
			'negative-value.csv',
			[
				{
					line: 2,
					municipalityCode: 'GM1900',
					changes: [],
					problems: [
						'Regel 2, gemeente Súdwest-Fryslân (GM1900), veld ‘woningvoorraad’: moet minstens 0 zijn, maar is -500.',
						'Regel 2, gemeente Súdwest-Fryslân (GM1900), veld ‘nieuwbouw per jaar’: moet minstens 0 zijn, maar is -25.'
					]
				}
			]
		],
		[
			'share-above-100.csv',
			[
				{
					line: 2,
					municipalityCode: 'GM0080',
					changes: [],
					problems: [
						'Regel 2, gemeente Leeuwarden (GM0080), veld ‘aandeel sociale huur’: mag hoogstens 100 % zijn, maar is 150 %.'
					]
				},
				{ line: 3, municipalityCode: 'GM0090', changes: [], problems: [] }
			]
		],
		[
			'not-integer.csv',
			[
				{
					line: 2,
					municipalityCode: 'GM0080',
					changes: [],
					problems: [
						'Regel 2, gemeente Leeuwarden (GM0080), veld ‘inwoners’: moet een geheel getal zijn, maar is 125.000,5.'
					]
				}
			]
		],
		[
			'percent-in-count.csv',
			[
				{
					line: 2,
					municipalityCode: 'GM0080',
					changes: [],
					problems: [
						'Regel 2, gemeente Leeuwarden (GM0080), veld ‘inwoners’: ‘12%’ is een percentage; hier hoort een aantal.'
					]
				}
			]
		],
		[
			'unknown-municipality.csv',
			[
				// Line 2 is Amsterdam, a municipality outside the region: skipped (see below), not a problem.
				{
					line: 3,
					municipalityCode: 'GM0074',
					changes: [{ field: 'inhabitants', from: 51000, to: 51500 }],
					problems: []
				},
				{
					line: 4,
					municipalityCode: undefined,
					changes: [],
					problems: ['Regel 4: gemeente met code GM9999 komt niet voor in dit scenario.']
				}
			]
		],
		[
			'code-name-conflict.csv',
			[
				{
					line: 2,
					municipalityCode: undefined,
					changes: [],
					problems: [
						'Regel 2: de code GM0080 hoort bij Leeuwarden, maar de naam ‘Heerenveen’ bij een andere gemeente.'
					]
				}
			]
		],
		[
			'comma-unquoted-decimals.csv',
			[
				{
					line: 2,
					municipalityCode: 'GM0080',
					changes: [],
					problems: [
						'Regel 2 heeft 5 cellen, maar de kopregel 4. Staat er een komma in een getal? Zet zulke getallen tussen aanhalingstekens of gebruik de puntkomma (;) als scheidingsteken.'
					]
				},
				{
					line: 3,
					municipalityCode: 'GM0074',
					changes: [{ field: 'socialShare', from: 0.3, to: 0.31 }],
					problems: []
				}
			]
		],
		[
			// The file's values pass their own checks; the scenario check (parseScenario) catches this one.
			'vulnerable-above-inhabitants.csv',
			[
				{
					line: 2,
					municipalityCode: 'GM0080',
					changes: [{ field: 'vulnerable', from: 30000, to: 200000 }],
					problems: [
						'Regel 2: Gemeente Leeuwarden (GM0080), veld ‘kwetsbare inwoners’ (vulnerable): mag niet meer zijn dan het aantal inwoners (125.000), maar is 200.000.'
					]
				}
			]
		],
		[
			'formula-injection.csv',
			[
				{
					line: 2,
					municipalityCode: undefined,
					changes: [],
					problems: [
						'Regel 2: gemeente ‘=1+1’ (=HYPERLINK("http://evil.example","klik")) komt niet voor in dit scenario.'
					]
				},
				{
					line: 3,
					municipalityCode: undefined,
					changes: [],
					problems: [
						'Regel 3: gemeente ‘+31 6 1234’ (@SUM(A1:A2)) komt niet voor in dit scenario.',
						'Regel 3, gemeente ‘+31 6 1234’ (@SUM(A1:A2)), veld ‘inwoners’: ‘-2+3’ is geen getal.'
					]
				}
			]
		],
		[
			'bad-values.xlsx',
			[
				{
					line: 2,
					municipalityCode: 'GM0080',
					changes: [],
					problems: [
						'Regel 2, gemeente Leeuwarden (GM0080), veld ‘inwoners’: ‘veel’ is geen getal.',
						'Regel 2, gemeente Leeuwarden (GM0080), veld ‘woningvoorraad’: moet minstens 0 zijn, maar is -5.',
						'Regel 2, gemeente Leeuwarden (GM0080), veld ‘mutatiegraad’: ‘true’ is geen getal.',
						'Regel 2, gemeente Leeuwarden (GM0080), veld ‘huishoudens’: ‘2024-01-01’ is een datum, geen getal.'
					]
				}
			]
		]
	];
	it.each(cases)('%s', async (file, rows) => {
		const current = deepFreeze(fryslan());
		const before = JSON.stringify(current);
		const p = await preview(file, current);
		expect(rowsOf(p)).toEqual(rows);
		expect(said(p.problems)).toEqual([]);
		expect(p.ok).toBe(false);
		expect(() => p.apply()).toThrow(REFUSED);
		expect(JSON.stringify(current)).toBe(before);
	});
});

describe('previewImport: awkward files that are read correctly', () => {
	const cases: [file: string, changes: Record<string, Record<string, number>>][] = [
		// semicolons, thousands dots, decimal commas; shares above 1 make the column percentages
		[
			'semicolon-dutch.csv',
			{
				GM0080: {
					inhabitants: 126500,
					dwellings: 61250,
					socialShare: 0.385,
					mutationRate: 0.072,
					populationGrowth: 0.008
				},
				GM0090: { inhabitants: 56120, dwellings: 26010, populationGrowth: 0.002 }
			}
		],
		// commas, English headers, thousands commas in quotes, decimal points, fractions
		[
			'comma-english.csv',
			{
				GM0080: {
					inhabitants: 126500,
					dwellings: 61250.5,
					socialShare: 0.385,
					mutationRate: 0.072,
					newDwellingsPerYear: 450
				},
				GM0074: {
					inhabitants: 51200,
					dwellings: 23600,
					socialShare: 0.31,
					mutationRate: 0.061,
					newDwellingsPerYear: 1200
				}
			}
		],
		// a % in the header makes every value a percentage, also 0,9, and a column of only 0,5 and 0,8
		[
			'percent-header.csv',
			{
				GM0080: { socialShare: 0.325, socialShareOfNewBuild: 0.005 },
				GM0074: { socialShare: 0.009, mutationRate: 0.061, socialShareOfNewBuild: 0.008 }
			}
		],
		// a % sign on a value; plain values in the same column stay fractions
		[
			'percent-sign.csv',
			{
				GM0080: { socialShare: 0.125, socialStockLossPerYear: 0.005 },
				GM0090: { socialStockLossPerYear: 0 }
			}
		],
		// UTF-8 with BOM and CRLF
		['bom-utf8.csv', { GM1900: { inhabitants: 91500 } }],
		// Windows-1252, names only (joined on the name, "Gemeente" prefix ignored)
		[
			'windows-1252.csv',
			{
				GM1900: { inhabitants: 91600, dwellings: 41200, socialShare: 0.275 },
				GM0080: { inhabitants: 126000, dwellings: 61000 }
			}
		],
		// Excel "Unicode text": UTF-16LE with BOM, tab-separated
		['utf16le-tab.txt', { GM1900: { inhabitants: 91500, mutationRate: 0.061 } }],
		// "sep=;" line, a title line, GM_code "80" and "0090", "Inwoners 2024", lower-case name
		[
			'title-line-sep.csv',
			{
				GM0080: { inhabitants: 126000, households: 62500, dwellings: 60400 },
				GM0090: { inhabitants: 56100, dwellings: 26100 }
			}
		],
		// Excel's trailing ";;;" and an empty last row
		['trailing-separators.csv', { GM0080: { inhabitants: 126000, dwellings: 60500 } }],
		// xlsx with numbers, a numeric code 74, a percent header
		[
			'figures.xlsx',
			{
				GM0080: { inhabitants: 126500, dwellings: 61250, socialShare: 0.385, mutationRate: 0.072 },
				GM1900: { inhabitants: 91500, dwellings: 41100 },
				GM0074: { inhabitants: 51200, dwellings: 23600, socialShare: 0.31, mutationRate: 0.061 }
			}
		],
		// xlsx with numbers stored as Dutch text
		[
			'text-numbers.xlsx',
			{
				GM0080: {
					inhabitants: 126500,
					dwellings: 61250.5,
					socialShare: 0.385,
					mutationRate: 0.072
				},
				GM0090: { inhabitants: 56100 }
			}
		],
		// the sheet "Gegevens", not the first sheet
		['two-sheets.xlsx', { GM0090: { inhabitants: 56300 } }]
	];
	it.each(cases)('%s', async (file, expected) => {
		const current = deepFreeze(fryslan());
		const before = JSON.stringify(current);
		const p = await preview(file, current);
		expect(said(p.problems)).toEqual([]);
		expect(p.rows.flatMap((r) => r.problems)).toEqual([]);
		expect(p.ok).toBe(true);
		const got: Record<string, Record<string, number>> = {};
		for (const r of p.rows) {
			if (!r.changes.length) continue;
			got[r.municipalityCode!] = Object.fromEntries(r.changes.map((c) => [c.field, c.to]));
		}
		expect(got).toEqual(expected);

		const next = p.apply();
		expect(JSON.stringify(current)).toBe(before);
		expect(next).not.toBe(current);
		expect(p.apply()).not.toBe(next);
		for (const m of next.municipalities) {
			const old = current.municipalities.find((o) => o.code === m.code)!;
			expect(m).toEqual({ ...old, ...(expected[m.code] ?? {}) });
		}
		expect(parseScenario(next).ok).toBe(true);
	});

	it('reports how it read the file', async () => {
		const p = await preview('windows-1252.csv');
		expect(p.source).toEqual({
			kind: 'csv',
			encoding: 'windows-1252',
			separator: ';',
			decimalMark: ','
		});
		expect(p.unmatchedColumns).toEqual(['Budget (€)']);
		expect(p.columns).toEqual([
			{ header: 'Gemeente', field: 'name', percent: false },
			{ header: 'Inwoners', field: 'inhabitants', percent: false },
			{ header: 'Woningvoorraad', field: 'dwellings', percent: false },
			{ header: 'Aandeel sociale huur', field: 'socialShare', percent: true }
		]);
		expect(p.rows.map((r) => [r.line, r.code, r.name])).toEqual([
			[2, '', 'Súdwest-Fryslân'],
			[3, '', 'Gemeente Leeuwarden']
		]);
	});

	it('lists the changes with the old value, and none for an unchanged value', async () => {
		const p = await preview('duplicate-code.csv');
		expect(p.rows[0]!.changes).toEqual([{ field: 'inhabitants', from: 125000, to: 126000 }]);
		expect(p.rows[1]!.changes).toEqual([]);
	});

	it('reads a percentage exactly: 75,50391% is the double nearest 0,7550391', async () => {
		const bytes = new TextEncoder().encode('Gemeentecode;Aandeel sociale huur\nGM0080;75,50391%\n');
		const p = await previewImport(bytes, 'x.csv', fryslan());
		expect(p.rows[0]!.changes).toEqual([{ field: 'socialShare', from: 0.38, to: 0.7550391 }]);
		expect(75.50391 / 100).not.toBe(0.7550391); // what dividing would have given
	});

	it('refuses a name shared by two municipalities without a code', async () => {
		const s = fryslan();
		s.municipalities[3] = { ...s.municipalities[3]!, code: 'GM9998', name: 'Leeuwarden' };
		const bytes = new TextEncoder().encode('Gemeente;Inwoners\nLeeuwarden;1\n');
		const p = await previewImport(bytes, 'x.csv', s);
		expect(said(p.rows[0]!.problems)).toEqual([
			'Regel 2: er zijn meer gemeenten met de naam ‘Leeuwarden’; geef de gemeentecode.'
		]);
	});
});

describe('previewImport: large files', () => {
	const header = 'Gemeentecode;Gemeente;Inwoners;Opmerking\r\n';
	const encode = (s: string) => new TextEncoder().encode(s);

	it(
		'a 5 MB file of some 60 000 rows is refused by its row count',
		{ timeout: 30000 },
		async () => {
			const rows: string[] = [];
			let size = header.length;
			for (let j = 0; size < 5_000_000; j++) {
				const row = `GM${String(j % 10000).padStart(4, '0')};Gemeente ${j};${j};${'x'.repeat(60)}\r\n`;
				rows.push(row);
				size += row.length;
			}
			const bytes = encode(header + rows.join(''));
			expect(bytes.length).toBeGreaterThan(5_000_000);
			const p = await previewImport(bytes, 'groot.csv', fryslan());
			expect(p.ok).toBe(false);
			expect(said(p.problems)).toEqual([
				`Het bestand heeft ${new Intl.NumberFormat('nl-NL').format(rows.length)} gegevensregels; een regio heeft er hoogstens 2.000. Is dit het goede bestand?`
			]);
		}
	);

	it('a 5 MB file with two rows (a long remark column) is read', { timeout: 30000 }, async () => {
		const note = 'é'.repeat(1_300_000); // 2 bytes each in UTF-8
		const bytes = encode(
			header + `GM0080;Leeuwarden;126000;${note}\r\nGM0074;Heerenveen;51100;${note}\r\n`
		);
		expect(bytes.length).toBeGreaterThan(5_000_000);
		const p = await previewImport(bytes, 'lang.csv', fryslan());
		expect(p.ok).toBe(true);
		expect(p.unmatchedColumns).toEqual(['Opmerking']);
		expect(p.apply().municipalities.map((m) => m.inhabitants)).toEqual([
			126000, 91000, 56000, 51100
		]);
	});

	it('a file above the limit is refused before it is read', async () => {
		const bytes = new Uint8Array(MAX_IMPORT_BYTES + 2.5 * 1024 * 1024);
		const p = await previewImport(bytes, 'enorm.csv', fryslan());
		expect(said(p.problems)).toEqual([
			'Het bestand is te groot (12,5 MB); een importbestand mag hoogstens 10 MB zijn.'
		]);
	});
});
