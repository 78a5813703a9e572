import { describe, expect, it } from 'vitest';
import { DEFAULT_REGION_ID, scenarioForRegion } from '$lib/data/regions';
import { checkPaste, type PasteColumn } from '$lib/io-ui/paste';

const rows = scenarioForRegion(DEFAULT_REGION_ID).scenario.municipalities;
const columns: PasteColumn[] = [
	{ field: 'inhabitants', percent: false },
	{ field: 'socialShare', percent: true },
	{ field: 'mutationRate', percent: true }
];
/** Paste `block` at (row, col) of the region's table. */
const paste = (block: string[][], row: number, col: number, mark: ',' | '.' = ',') =>
	checkPaste(block, rows, columns, row, col, mark);
const code = (i: number) => rows[i]!.code;

describe('checkPaste: a block from a spreadsheet, all or nothing', () => {
	it('takes a block of numbers in Dutch notation, percentages as fractions', () => {
		const block = [
			['1.234', '30,5'],
			['2000', '']
		];
		expect(paste(block, 0, 0)).toEqual({
			ok: true,
			count: 3,
			values: {
				[code(0)]: { inhabitants: 1234, socialShare: 0.305 },
				[code(1)]: { inhabitants: 2000 }
			}
		});
	});

	it('reads "1.234" as 1.234 in English notation', () => {
		const got = paste([['1.234']], 0, 2, '.');
		expect(got).toMatchObject({ ok: true, values: { [code(0)]: { mutationRate: 0.01234 } } });
	});

	it('refuses the whole block for one bad cell and names the first', () => {
		const got = paste(
			[
				['100', 'abc'],
				['x', '5']
			],
			0,
			0
		);
		expect(got).toMatchObject({ ok: false, municipality: rows[0], field: 'socialShare' });
		expect(got.ok || got.what).toBe(
			'‘abc’ is geen getal; nog 1 geplakte cellen zijn niet goed; er is niets geplakt'
		);
	});

	it('refuses a percentage above 100 % in percent, as the table shows it', () => {
		const got = paste([['150']], 1, 1);
		expect(got).toMatchObject({ ok: false, municipality: rows[1], field: 'socialShare' });
		expect(got.ok || got.what).toBe('mag hoogstens 100 % zijn, maar is 150 %; er is niets geplakt');
	});

	it('refuses a block longer or wider than the rest of the table', () => {
		const tall = paste([['1'], ['2']], rows.length - 1, 0);
		expect(tall.ok || tall.what).toMatch(/2 regels.*nog 1 gemeenten/);
		const wide = paste([['1', '2']], 0, 2);
		expect(wide.ok || wide.what).toMatch(/2 kolommen.*nog 1/);
	});
});
