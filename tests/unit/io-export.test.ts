import fc from 'fast-check';
import readXlsxFile from 'read-excel-file/universal';
import { describe, expect, it } from 'vitest';
import {
	exportCsv,
	exportFiguresCsv,
	exportFileNames,
	exportResultsCsv,
	exportScenarioJson,
	exportXlsx,
	neutralise,
	previewImport
} from '$lib/io';
import { unneutralise } from '$lib/io/exportTable';
import { simulate } from '$lib/model/engine';
import { parseScenarioText } from '$lib/model/scenario';
import type { Municipality, Scenario } from '$lib/model/types';
import { bijlage5, deepFreeze, fryslan } from '../fixtures/io/helpers';

const FIGURES_HEADER =
	'Gemeentecode;Gemeente;Inwoners;Huishoudens;Kwetsbare inwoners;Woningvoorraad;' +
	'Aandeel sociale huur (%);Mutatiegraad (%);Urgenten per jaar nu;Bevolkingsgroei per jaar (%);' +
	'Nieuwbouw per jaar;Aandeel sociale huur in nieuwbouw (%);Verlies sociale voorraad per jaar (%);' +
	'Verandering mutatiegraad per jaar (%);Minimum per jaar;Maximum per jaar';

const RESULTS_HEADER =
	'Jaar;Gemeentecode;Gemeente;Huishoudens;Exacte toewijzing;Fair share;' +
	'Saldo t.o.v. fair share (cumulatief);Vrijkomende sociale huurwoningen;Aandeel voorrang (%);' +
	'Voor regulier woningzoekenden;Compensatie t/m dit jaar (euro)';

const bytesOf = (text: string) => new TextEncoder().encode(text);
const blobBytes = async (blob: Blob) => new Uint8Array(await blob.arrayBuffer());

/** A region with every optional field given, awkward values and names included. */
function awkward(): Scenario {
	const s = fryslan();
	const extra: Partial<Municipality>[] = [
		{
			populationGrowth: -0.0035,
			newDwellingsPerYear: 450.5,
			socialShareOfNewBuild: 0.123456789012345,
			socialStockLossPerYear: 1e-7,
			mutationRateChangePerYear: -0.001,
			socialShare: 0.7550391
		},
		{
			populationGrowth: 0.008,
			newDwellingsPerYear: 0,
			socialShareOfNewBuild: 1 / 3,
			socialStockLossPerYear: 0,
			mutationRateChangePerYear: 0.0005,
			name: '=1+1',
			minPerYear: 2.5,
			maxPerYear: 12
		},
		{
			populationGrowth: 0,
			newDwellingsPerYear: 120,
			socialShareOfNewBuild: 0.3,
			socialStockLossPerYear: 0.002,
			mutationRateChangePerYear: 0,
			code: '@A1',
			name: '\'s-Hertogenbosch; "oud"'
		},
		{
			populationGrowth: 0.5,
			newDwellingsPerYear: 1e7,
			socialShareOfNewBuild: 1,
			socialStockLossPerYear: 1,
			mutationRateChangePerYear: -1,
			mutationRate: 0.1 + 0.2,
			households: 0
		}
	];
	s.municipalities = s.municipalities.map((m, i) => ({ ...m, ...extra[i] }));
	return s;
}

/** The same region with every figure different, to import into. */
function altered(s: Scenario): Scenario {
	const t = structuredClone(s);
	for (const m of t.municipalities) {
		m.inhabitants += 1;
		m.households = (m.households ?? 0) + 1;
		m.vulnerable = (m.vulnerable ?? 0) + 1;
		m.dwellings += 1;
		m.socialShare = m.socialShare / 2;
		m.mutationRate = m.mutationRate / 2;
		m.currentUrgents = (m.currentUrgents ?? 0) + 1;
		m.populationGrowth = 0.01;
		m.newDwellingsPerYear = 7;
		m.socialShareOfNewBuild = 0.25;
		m.socialStockLossPerYear = 0.25;
		m.mutationRateChangePerYear = 0.25;
	}
	return t;
}

describe('neutralise', () => {
	it.each([
		['=1+1', "'=1+1"],
		['+31 6 1234', "'+31 6 1234"],
		['-2+3', "'-2+3"],
		['@SUM(A1:A2)', "'@SUM(A1:A2)"],
		['\t=1', "'\t=1"],
		['\r=1', "'\r=1"],
		["'=1", "''=1"],
		["'s-Hertogenbosch", "'s-Hertogenbosch"],
		['Leeuwarden', 'Leeuwarden'],
		['a=b', 'a=b'],
		['', '']
	])('%j → %j, and back', (text, safe) => {
		expect(neutralise(text)).toBe(safe);
		expect(unneutralise(safe)).toBe(text);
	});

	it('leaves numbers and empty cells alone', () => {
		expect(neutralise(-5)).toBe(-5);
		expect(neutralise(0.32)).toBe(0.32);
		expect(neutralise(null)).toBe(null);
	});
});

describe('exportCsv: Dutch Excel CSV', () => {
	it('figures of Bijlage 5: BOM, semicolons, CRLF, shares in percent, empty cells for missing fields', () => {
		expect(exportFiguresCsv(bijlage5())).toBe(
			'\uFEFF' +
				FIGURES_HEADER +
				'\r\n' +
				'C;Centrumgemeente;150000;;54000;60000;32;8;94;;;;;;;\r\n' +
				'R;Regiogemeente;30000;;6000;13000;15;6;6;;;;;;;\r\n'
		);
	});

	it('results of Bijlage 5 per year and municipality, decimal commas, rounded to what they mean', () => {
		const s = bijlage5();
		const text = exportResultsCsv(s, simulate(s));
		const lines = text.split('\r\n');
		expect(lines[0]).toBe('\uFEFF' + RESULTS_HEADER);
		expect(lines.slice(1, 3)).toEqual([
			'2026;C;Centrumgemeente;83;83,3;83,3;0;1536;5,4;1453;0',
			'2026;R;Regiogemeente;17;16,7;16,7;0;117;14,2;100;0'
		]);
		expect(lines).toHaveLength(1 + 5 * 2 + 1);
		expect(lines.at(-1)).toBe('');
		expect(lines.slice(1, -1).map((l) => l.slice(0, 4))).toEqual(
			['2026', '2027', '2028', '2029', '2030'].flatMap((y) => [y, y])
		);
	});

	it('exportCsv gives the figures without a result and the results with one', () => {
		const s = bijlage5();
		const r = simulate(s);
		expect(exportCsv(s)).toBe(exportFiguresCsv(s));
		expect(exportCsv(s, r)).toBe(exportResultsCsv(s, r));
	});

	it('only CRLF line ends, no point decimals, no NaN or Infinity', () => {
		const s = awkward();
		for (const text of [exportFiguresCsv(s), exportResultsCsv(s, simulate(s))]) {
			expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
			expect(text).not.toMatch(/NaN|Infinity|\d\.\d|e[-+]\d/);
		}
	});

	it('neutralises formula cells, quotes separators, and keeps negative numbers as numbers', () => {
		const lines = exportFiguresCsv(awkward()).split('\r\n');
		expect(lines[1]).toBe(
			'GM0080;Leeuwarden;125000;62000;30000;60000;75,50391;7;120;-0,35;450,5;12,3456789012345;0,00001;-0,1;;'
		);
		expect(lines[2]).toBe(
			"GM1900;'=1+1;91000;40000;15000;41000;27;6;40;0,8;0;33,33333333333333;0;0,05;2,5;12"
		);
		expect(lines[3]).toBe(
			`'@A1;"'s-Hertogenbosch; ""oud""";56000;25500;9000;26000;33;6,5;30;0;120;30;0,2;0;;`
		);
	});

	it('a priority share without relettings is an empty cell, not NaN', () => {
		const s = bijlage5();
		s.municipalities[1]!.mutationRate = 0;
		const lines = exportResultsCsv(s, simulate(s)).split('\r\n');
		expect(lines[2]!.split(';').slice(0, 3)).toEqual(['2026', 'R', 'Regiogemeente']);
		expect(lines[2]!.split(';')[8]).toBe('');
	});

	it('stops on a value that is not finite instead of writing it', async () => {
		const s = bijlage5();
		s.municipalities[0]!.inhabitants = NaN;
		expect(() => exportFiguresCsv(s)).toThrow(
			'Export afgebroken: inwoners van Centrumgemeente (C) is geen eindig getal (NaN).'
		);
		const r = simulate(bijlage5());
		r.byYear[1]!.exact[1] = Infinity;
		expect(() => exportResultsCsv(bijlage5(), r)).toThrow(
			'Export afgebroken: Exacte toewijzing van Regiogemeente in 2027 is geen eindig getal (Infinity).'
		);
		await expect(exportXlsx(bijlage5(), r)).rejects.toThrow('is geen eindig getal (Infinity)');
	});
});

describe('exportXlsx', () => {
	it('has the sheets "Gegevens" and "Resultaten" with numbers as numbers', async () => {
		const s = awkward();
		const r = simulate(s);
		const sheets = await readXlsxFile(await exportXlsx(s, r));
		expect(sheets.map((x) => x.sheet)).toEqual(['Gegevens', 'Resultaten']);
		const [figures, results] = sheets.map((x) => x.data);
		expect(figures![0]).toEqual([
			'Gemeentecode',
			'Gemeente',
			'Inwoners',
			'Huishoudens',
			'Kwetsbare inwoners',
			'Woningvoorraad',
			'Aandeel sociale huur',
			'Mutatiegraad',
			'Urgenten per jaar nu',
			'Bevolkingsgroei per jaar',
			'Nieuwbouw per jaar',
			'Aandeel sociale huur in nieuwbouw',
			'Verlies sociale voorraad per jaar',
			'Verandering mutatiegraad per jaar',
			'Minimum per jaar',
			'Maximum per jaar'
		]);
		expect(figures![2]).toEqual([
			'GM1900',
			"'=1+1",
			91000,
			40000,
			15000,
			41000,
			0.27,
			0.06,
			40,
			0.008,
			0,
			1 / 3,
			0,
			0.0005,
			2.5,
			12
		]);
		expect(figures).toHaveLength(5);
		expect(results![0]).toEqual(RESULTS_HEADER.replace(' (%)', '').split(';'));
		expect(results).toHaveLength(1 + 5 * 4);
		const y = r.byYear[0]!;
		const tenth = (x: number) => Math.round(x * 10) / 10;
		expect(results![1]).toEqual([
			2026,
			'GM0080',
			'Leeuwarden',
			y.households[0],
			tenth(y.exact[0]!),
			tenth(y.fairShare[0]!),
			Math.round(y.ledger[0]!) || 0,
			Math.round(y.relettings[0]!),
			Math.round(y.priorityShare[0]! * 1000) / 1000,
			Math.round(y.regularRelettings[0]!),
			Math.round(y.compensation[0]!) || 0
		]);
	});

	it('without a result has only "Gegevens"', async () => {
		const sheets = await readXlsxFile(await exportXlsx(bijlage5()));
		expect(sheets.map((x) => x.sheet)).toEqual(['Gegevens']);
	});
});

describe('export then import gives back the same figures', () => {
	it('CSV into a region whose every figure differs', async () => {
		const original = deepFreeze(awkward());
		const p = await previewImport(
			bytesOf(exportFiguresCsv(original)),
			'gegevens.csv',
			altered(original)
		);
		expect(p.problems).toEqual([]);
		expect(p.rows.flatMap((r) => r.problems)).toEqual([]);
		expect(p.unmatchedColumns).toEqual([]);
		expect(p.apply()).toEqual(original);
	});

	it('CSV into the same region changes nothing', async () => {
		const original = awkward();
		const p = await previewImport(bytesOf(exportFiguresCsv(original)), 'gegevens.csv', original);
		expect(p.ok).toBe(true);
		expect(p.rows.map((r) => r.changes)).toEqual([[], [], [], []]);
		expect(p.rows.map((r) => r.municipalityCode)).toEqual(['GM0080', 'GM1900', '@A1', 'GM0074']);
	});

	it('XLSX (sheet "Gegevens", fractions with a percent format) into a changed region', async () => {
		const original = deepFreeze(awkward());
		const bytes = await blobBytes(await exportXlsx(original, simulate(original)));
		const p = await previewImport(bytes, 'verdeelwijzer.xlsx', altered(original));
		expect(p.source.sheet).toBe('Gegevens');
		expect(p.problems).toEqual([]);
		expect(p.rows.flatMap((r) => r.problems)).toEqual([]);
		expect(p.apply()).toEqual(original);
	});

	it('JSON via serializeScenario', () => {
		const original = awkward();
		const parsed = parseScenarioText(exportScenarioJson(original));
		expect(parsed).toEqual({ ok: true, scenario: original });
	});

	it('any shares and counts survive CSV and XLSX exactly (property)', async () => {
		const share = fc.double({ min: 0, max: 1, noNaN: true }).map((x) => (x === 0 ? 0 : x));
		const count = fc.integer({ min: 54000, max: 1e9 }); // not below the vulnerable 54 000
		await fc.assert(
			fc.asyncProperty(share, share, count, fc.boolean(), async (s, m, n, xlsx) => {
				const original = bijlage5();
				Object.assign(original.municipalities[0]!, {
					socialShare: s,
					mutationRate: m,
					inhabitants: n
				});
				const bytes = xlsx
					? await blobBytes(await exportXlsx(original))
					: bytesOf(exportFiguresCsv(original));
				const p = await previewImport(bytes, xlsx ? 'x.xlsx' : 'x.csv', altered(original));
				const back = p.apply().municipalities[0]!;
				expect([back.socialShare, back.mutationRate, back.inhabitants]).toEqual([s, m, n]);
			}),
			{ numRuns: 60 }
		);
	});
});

describe('exportFileNames', () => {
	it('derives names from the scenario name', () => {
		expect(exportFileNames(fryslan())).toEqual({
			figuresCsv: 'fryslan-testregio-illustratieve-cijfers-gegevens.csv',
			resultsCsv: 'fryslan-testregio-illustratieve-cijfers-resultaten.csv',
			xlsx: 'fryslan-testregio-illustratieve-cijfers.xlsx',
			json: 'fryslan-testregio-illustratieve-cijfers.json'
		});
		expect(exportFileNames({ ...bijlage5(), name: '' }).json).toBe('scenario.json');
	});
});
