/**
 * The region's template (io/template.ts) and the import of a provincial
 * sheet: on the real arbeidsmarktregio Twente (14 municipalities) the
 * template has one row each, imports back with zero changes, and a sheet
 * with the whole province imports the region's rows and skips the others.
 */
import { describe, expect, it } from 'vitest';
import { previewImport, templateCsv, templateXlsx } from '$lib/io';
import { exportFiguresCsv } from '$lib/io/exportTable';
import { scenarioForRegion, listRegions } from '$lib/data/regions';
import { problemText } from '$lib/i18n/problems';

const twente = () => scenarioForRegion('arbeidsmarktregio:twente').scenario;
const bytes = (text: string) => new TextEncoder().encode(text);

describe('template', () => {
	it('one row per municipality: code, name, CBS figures, empty columns to fill in', () => {
		const s = twente();
		const lines = templateCsv(s)
			.replace(/^\uFEFF/, '')
			.trimEnd()
			.split('\r\n');
		expect(lines).toHaveLength(15);
		expect(lines[0]).toBe(
			'Gemeentecode;Gemeente;Inwoners;Huishoudens;Woningvoorraad;Aandeel sociale huur (%);Mutatiegraad (%);Urgenten per jaar nu;Minimum per jaar;Maximum per jaar'
		);
		const enschede = lines.find((l) => l.includes(';Enschede;'))!;
		expect(enschede.startsWith('GM0153;Enschede;')).toBe(true);
		expect(enschede.endsWith(';;;;')).toBe(true);
	});

	it('imported back unchanged, CSV and XLSX, it changes nothing', async () => {
		const s = twente();
		const csv = await previewImport(bytes(templateCsv(s)), 't.csv', s);
		expect(csv.ok).toBe(true);
		expect(csv.rows).toHaveLength(14);
		expect(csv.rows.flatMap((r) => r.changes)).toEqual([]);
		expect(csv.unmatchedColumns).toEqual([]);
		const xlsx = new Uint8Array(await (await templateXlsx(s)).arrayBuffer());
		const fromXlsx = await previewImport(xlsx, 't.xlsx', s);
		expect(fromXlsx.ok).toBe(true);
		expect(fromXlsx.rows.flatMap((r) => r.changes)).toEqual([]);
	});
});

describe('a provincial sheet', () => {
	it('imports the rows of the region and lists the others as skipped', async () => {
		const s = twente();
		const overijssel = listRegions().find((r) => r.label === 'Provincie Overijssel')!;
		const province = scenarioForRegion(overijssel.id).scenario;
		const csv = exportFiguresCsv({
			...province,
			municipalities: province.municipalities.map((m) => ({
				...m,
				mutationRate: m.code === 'GM0153' ? 0.091 : m.mutationRate
			}))
		})
			.replace('Gemeentecode;', 'Gemeentecode;Opmerking;')
			.replace(/\r\n(GM\d{4});/g, '\r\n$1;x;');
		const p = await previewImport(bytes(csv), 'overijssel.csv', s);
		expect(p.ok).toBe(true);
		expect(p.unmatchedColumns).toEqual(['Opmerking']);
		expect(p.rows).toHaveLength(14);
		expect(p.skipped.length).toBe(province.municipalities.length - 14);
		expect(p.skipped.map((r) => r.name)).toContain('Zwolle');
		expect(p.rows.flatMap((r) => r.changes)).toEqual([
			{ field: 'mutationRate', from: 0.07, to: 0.091 }
		]);
		const applied = p.apply();
		expect(applied.municipalities.map((m) => m.code)).toEqual(s.municipalities.map((m) => m.code));
	});

	it('a file with no row of the region is refused', async () => {
		const s = twente();
		const p = await previewImport(bytes('Gemeentecode;Inwoners\r\nGM0363;900000\r\n'), 'a.csv', s);
		expect(p.ok).toBe(false);
		expect(p.problems.map((x) => problemText(x, 'nl'))).toEqual([
			'Geen enkele regel in het bestand hoort bij een gemeente van deze regio.'
		]);
	});
});
