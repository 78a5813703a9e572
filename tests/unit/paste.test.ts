import { describe, expect, it } from 'vitest';
import { DEFAULT_REGION_ID, scenarioForRegion } from '$lib/data/regions';
import { checkPaste, type PasteColumn } from '$lib/io-ui/paste';

const rows = scenarioForRegion(DEFAULT_REGION_ID).scenario.municipalities;
const columns: PasteColumn[] = [
	{ field: 'inhabitants', percent: false },
	{ field: 'socialShare', percent: true },
	{ field: 'mutationRate', percent: true }
];

describe('checkPaste: a block from a spreadsheet, all or nothing', () => {
	it('takes a block of numbers in Dutch notation, percentages as fractions', () => {
		const got = checkPaste(
			[
				['1.234', '30,5'],
				['2000', '']
			],
			rows,
			columns,
			0,
			0,
			','
		);
		expect(got).toEqual({
			ok: true,
			count: 3,
			values: {
				[rows[0]!.code]: { inhabitants: 1234, socialShare: 0.305 },
				[rows[1]!.code]: { inhabitants: 2000 }
			}
		});
	});

	it('reads "1.234" as 1.234 in English notation', () => {
		const got = checkPaste([['1.234']], rows, columns, 0, 2, '.');
		expect(got).toMatchObject({ ok: true, values: { [rows[0]!.code]: { mutationRate: 0.01234 } } });
	});

	it('refuses the whole block for one bad cell and names the first', () => {
		const got = checkPaste(
			[
				['100', 'abc'],
				['x', '5']
			],
			rows,
			columns,
			0,
			0,
			','
		);
		expect(got).toMatchObject({ ok: false, municipality: rows[0], field: 'socialShare' });
		expect(got.ok || got.what).toBe(
			'‘abc’ is geen getal; nog 1 geplakte cellen zijn niet goed; er is niets geplakt'
		);
	});

	it('refuses a percentage above 100 % in percent, as the table shows it', () => {
		const got = checkPaste([['150']], rows, columns, 1, 1, ',');
		expect(got).toMatchObject({ ok: false, municipality: rows[1], field: 'socialShare' });
		expect(got.ok || got.what).toBe('mag hoogstens 100 % zijn, maar is 150 %; er is niets geplakt');
	});

	it('refuses a block longer or wider than the rest of the table', () => {
		const tall = checkPaste([['1'], ['2']], rows, columns, rows.length - 1, 0, ',');
		expect(tall.ok || tall.what).toMatch(/2 regels.*nog 1 gemeenten/);
		const wide = checkPaste([['1', '2']], rows, columns, 0, 2, ',');
		expect(wide.ok || wide.what).toMatch(/2 kolommen.*nog 1/);
	});
});
