import { existsSync, readFileSync } from 'node:fs';
import { csvParse } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import {
	ASSUMPTION,
	CBS_CREDIT,
	DATA_META,
	DEFAULT_MUTATION_RATE,
	GENERAL_NOTES,
	MUNICIPALITIES,
	NATIONAL_TOTALS,
	STATUSHOUDERS_PER_YEAR_NL,
	URGENT_DEMAND_ASSUMPTION,
	municipalityByCode,
	notesFor
} from '$lib/data/cbs';
import { i18n } from '$lib/i18n/i18n.svelte';
import { noteText } from '$lib/i18n/notes';

const SOURCE_CSV = new URL('../../../shared/data/gemeenten_2025.csv', import.meta.url);
const TOPOJSON = new URL('../../static/data/gemeenten_2025.topojson', import.meta.url);

const sum = (field: 'inhabitants' | 'households' | 'dwellings') =>
	MUNICIPALITIES.reduce((a, m) => a + m[field], 0);

describe('built-in CBS data', () => {
	it('adds up to the CBS national totals on 1-1-2025', () => {
		expect(sum('inhabitants')).toBe(18_044_027);
		expect(sum('households')).toBe(8_430_352);
		expect(sum('dwellings')).toBe(8_274_478);
		expect(NATIONAL_TOTALS).toEqual({
			inhabitants: 18_044_027,
			households: 8_430_352,
			dwellings: 8_274_478
		});
	});

	it('has 342 gemeenten with unique GM codes', () => {
		expect(MUNICIPALITIES).toHaveLength(342);
		const codes = MUNICIPALITIES.map((m) => m.code);
		expect(new Set(codes).size).toBe(342);
		for (const code of codes) expect(code).toMatch(/^GM\d{4}$/);
	});

	it('has 12 provinces and 35 arbeidsmarktregio’s', () => {
		expect(new Set(MUNICIPALITIES.map((m) => m.province)).size).toBe(12);
		expect(new Set(MUNICIPALITIES.map((m) => m.arbeidsmarktregio)).size).toBe(35);
	});

	it('holds counts and fractions, not percentages', () => {
		for (const m of MUNICIPALITIES) {
			expect(Number.isInteger(m.inhabitants) && m.inhabitants > 0, m.code).toBe(true);
			expect(Number.isInteger(m.households) && m.households > 0, m.code).toBe(true);
			expect(m.households, m.code).toBeLessThanOrEqual(m.inhabitants);
			expect(Number.isInteger(m.dwellings) && m.dwellings > 0, m.code).toBe(true);
			expect(m.corporationShare, m.code).toBeGreaterThanOrEqual(0);
			expect(m.corporationShare, m.code).toBeLessThanOrEqual(m.rentShare);
			expect(m.rentShare, m.code).toBeLessThanOrEqual(1);
		}
	});

	it('looks up Groningen (GM0014) with its 2025 figures and a 33 % corporation share', () => {
		expect(municipalityByCode('GM0014')).toMatchObject({
			name: 'Groningen',
			province: 'Groningen',
			arbeidsmarktregio: 'Groningen',
			inhabitants: 244_441,
			households: 145_521,
			dwellings: 125_028,
			corporationShare: 0.33
		});
		expect(municipalityByCode('GM9999')).toBeUndefined();
	});

	it('credits CBS under CC BY 4.0 and marks the 2025 figures provisional', () => {
		expect(CBS_CREDIT).toBe('Bron: CBS');
		expect(DATA_META.licence).toBe('CC BY 4.0');
		const provisional = (field: string) =>
			DATA_META.sources.find((s) => s.fields.includes(field))?.provisional;
		expect(provisional('inhabitants')).toBe(true);
		expect(provisional('households')).toBe(true);
		expect(provisional('dwellings')).toBe(true);
		expect(provisional('corporationShare')).toBe(false);
	});

	// The source folder is not part of every checkout: then this test shows as skipped.
	it.skipIf(!existsSync(SOURCE_CSV))(
		'matches the source CSV row by row (rerun `npm run data` when this fails)',
		() => {
			const rows = csvParse(readFileSync(SOURCE_CSV, 'utf8'));
			expect(rows).toHaveLength(MUNICIPALITIES.length);
			for (const row of rows) {
				const m = municipalityByCode(row.gm_code!);
				expect(m, row.gm_code).toBeDefined();
				expect(m!.name).toBe(row.gm_naam);
				expect(m!.inhabitants).toBe(Number(row.inwoners_2025));
				expect(m!.households).toBe(Number(row.huishoudens_2025));
				expect(m!.dwellings).toBe(Number(row.woningvoorraad_2025));
				expect(m!.corporationShare).toBeCloseTo(Number(row.pct_corporatie_2021) / 100, 9);
				expect(m!.ownershipSource).toBe(row.bron_pct_eigendom);
			}
		}
	);

	it('ships the map with the same 342 codes', () => {
		const topo = JSON.parse(readFileSync(TOPOJSON, 'utf8')) as {
			objects: { gemeenten: { geometries: { id: string }[] } };
		};
		const ids = topo.objects.gemeenten.geometries.map((g) => g.id).sort();
		expect(ids).toEqual(MUNICIPALITIES.map((m) => m.code).sort());
	});
});

describe('notes on the data', () => {
	it('Ameland and Renswoude: 0 % corporation stock, said in Dutch', () => {
		for (const code of ['GM0060', 'GM0339']) {
			const own = notesFor(code, { general: false });
			expect(own.map((n) => n.kind)).toEqual(['noCorporationStock']);
			const text = noteText(own[0]!);
			expect(text).toContain('0%');
			expect(text).toContain('woningcorporatie');
			expect(text).toContain(municipalityByCode(code)!.name);
		}
	});

	it('Opmeer: only 2 % corporation stock', () => {
		const own = notesFor('GM0432', { general: false });
		expect(own.map((n) => n.kind)).toEqual(['lowCorporationStock']);
		expect(noteText(own[0]!)).toContain('2%');
	});

	it('the six merged gemeenten have weighted 2021 shares, naming the former gemeenten', () => {
		const merged = MUNICIPALITIES.filter((m) =>
			notesFor(m.code).some((n) => n.kind === 'merged')
		).map((m) => m.code);
		expect(merged.sort()).toEqual(['GM0363', 'GM0439', 'GM1980', 'GM1982', 'GM1991', 'GM1992']);
		const amsterdam = noteText(notesFor('GM0363', { general: false })[0]!);
		expect(amsterdam).toContain('Weesp');
		expect(amsterdam).toContain('24 maart 2022');
		expect(amsterdam).toContain('gewogen');
	});

	it('every gemeente says its 2025 figures are provisional and its social share an estimate', () => {
		expect(GENERAL_NOTES.map((n) => n.kind)).toEqual(['provisional', 'estimate']);
		for (const m of MUNICIPALITIES) {
			const kinds = notesFor(m.code).map((n) => n.kind);
			expect(kinds).toContain('provisional');
			expect(kinds).toContain('estimate');
		}
		expect(notesFor('GM0014', { general: false })).toEqual([]);
		expect(notesFor('GM9999')).toEqual([]);
	});
});

describe('defaults', () => {
	it('mutation rate 7 %, statushouders 11,000 a year', () => {
		expect(DEFAULT_MUTATION_RATE).toBe(0.07);
		expect(STATUSHOUDERS_PER_YEAR_NL).toBe(11_000);
	});

	it('the urgent-demand assumption: glossary groups, about 10 per 10,000, labelled aanname', () => {
		const groups = URGENT_DEMAND_ASSUMPTION.map((g) => g.group);
		expect(groups).toEqual([
			'uitstroom-bw',
			'uitstroom-mo',
			'uitstroom-ggz',
			'uitstroom-vo',
			'uitstroom-jeugd',
			'uitstroom-detentie',
			'medisch',
			'mantelzorg'
		]);
		const total = URGENT_DEMAND_ASSUMPTION.reduce((a, g) => a + g.per10000, 0);
		expect(total).toBeCloseTo(10, 9);
		for (const g of URGENT_DEMAND_ASSUMPTION) {
			expect(g.basis).toBe(ASSUMPTION);
			expect(g.per10000).toBeGreaterThan(0);
			expect(g.distributable).toBe(g.group !== 'mantelzorg');
			expect(i18n.group(g.group)).not.toBe(g.group);
		}
		expect(ASSUMPTION).toBe('aanname');
	});
});
