import { strToU8, unzipSync as realUnzipSync, zipSync as realZipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { interpolateNumbers } from '../../src/lib/charts/motion.svelte';
import { unzip, zip } from '../../src/lib/io/fflateSync';
import {
	MAX_UNPACKED_BYTES,
	isWorkbookError,
	readWorkbook,
	workbookTooLarge,
	xlsxApi
} from '../../src/lib/io/xlsxApi';
import { scenarioForRegion } from '../../src/lib/data/regions';

const big = () => strToU8('<row>' + 'x'.repeat(700_000) + '</row>');

describe('fflate without blob: workers', () => {
	it('zip packs an entry far above 160 KB and calls back after the caller returns', async () => {
		let returned = false;
		const packed = await new Promise<Uint8Array>((resolve, reject) => {
			zip({ 'a.xml': big() }, (err, data) => {
				expect(returned).toBe(true);
				if (err) reject(err);
				else resolve(data);
			});
			returned = true;
		});
		expect(new TextDecoder().decode(realUnzipSync(packed)['a.xml']).length).toBe(700_011);
	});

	it('unzip unpacks an entry far above 512 KB, with the filter applied', async () => {
		const archive = realZipSync({ 'a.xml': big(), 'b.bin': strToU8('skip') }, { level: 9 });
		const files = await new Promise<Record<string, Uint8Array>>((resolve, reject) =>
			unzip(archive, { filter: (f) => f.name.endsWith('.xml') }, (err, data) =>
				err ? reject(err) : resolve(data)
			)
		);
		expect(Object.keys(files)).toEqual(['a.xml']);
		expect(files['a.xml']!.length).toBe(700_011);
	});

	it('unzip reports a damaged archive through the callback', async () => {
		const err = await new Promise((resolve) => unzip(strToU8('PK not a zip'), (e) => resolve(e)));
		expect(err).toBeInstanceOf(Error);
	});
});

describe('the XLSX worker API', () => {
	it('refuses an archive that says it unpacks beyond the limit before inflating it', async () => {
		// A small archive whose directory declares one byte more than the limit (as a bomb's does).
		const bomb = realZipSync({ 'xl/worksheets/sheet1.xml': strToU8('<worksheet/>') });
		const view = new DataView(bomb.buffer, bomb.byteOffset, bomb.byteLength);
		for (let at = 0; at + 4 <= bomb.length; at++) {
			if (view.getUint32(at, true) === 0x02014b50)
				view.setUint32(at + 24, MAX_UNPACKED_BYTES + 1, true);
		}
		const error = await readWorkbook(bomb).catch((e) => e);
		// The declared size, for the import to word in the UI's language (i18n/problems.ts).
		expect(workbookTooLarge(error)).toBe(MAX_UNPACKED_BYTES + 1);
		expect(isWorkbookError(error)).toBe(false);
	});

	it('writes a workbook that it reads back with the same figures', async () => {
		const { scenario } = scenarioForRegion('provincie:utrecht');
		const blob = await xlsxApi.exportXlsx(scenario);
		const sheets = await readWorkbook(new Uint8Array(await blob.arrayBuffer()));
		const figures = sheets.find((s) => s.sheet === 'Gegevens')!.data;
		expect(figures).toHaveLength(scenario.municipalities.length + 1);
		const utrecht = figures.find((r) => r[0] === 'GM0344')!;
		expect(utrecht[2]).toBe(scenario.municipalities.find((m) => m.code === 'GM0344')!.inhabitants);
	});
});

describe('chart tweens', () => {
	it('glide between two lists of numbers of one length', () => {
		expect(interpolateNumbers([0, 10], [10, 20])(0.5)).toEqual([5, 15]);
	});

	it('jump when the lists do not match (another region, a missing value)', () => {
		expect(interpolateNumbers([1, 2], [3, 4, 5])(0.5)).toEqual([3, 4, 5]);
		expect(interpolateNumbers([1, 2, 3], [3, 4])(0.5)).toEqual([3, 4]);
		const withHole = [1, undefined as unknown as number];
		expect(interpolateNumbers(withHole, [3, 4])(0.5)).toEqual([3, 4]);
	});
});
