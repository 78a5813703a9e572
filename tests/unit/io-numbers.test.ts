import { describe, expect, it } from 'vitest';
import {
	guessDecimalMark,
	parseNumber,
	percentToFraction,
	readTypedNumber,
	shiftDecimal,
	type DecimalMark
} from '$lib/io/numbers';

describe('parseNumber reads Dutch and English notation', () => {
	const cases: [text: string, mark: DecimalMark, value: number, percent: boolean][] = [
		['1.234,5', ',', 1234.5, false],
		['1.234,5', '.', 1234.5, false],
		['1,234.5', ',', 1234.5, false],
		['12,5%', ',', 12.5, true],
		['12,5 %', ',', 12.5, true],
		['0,32', ',', 0.32, false],
		['0,32', '.', 0.32, false],
		['0,320', '.', 0.32, false],
		['1.234', ',', 1234, false],
		['1.234', '.', 1.234, false],
		['1,234', ',', 1.234, false],
		['1,234', '.', 1234, false],
		['1234,567', '.', 1234.567, false],
		['1.234.567', '.', 1234567, false],
		['1,234,567', ',', 1234567, false],
		['1.234.567,89', ',', 1234567.89, false],
		[' 1 234 ', ',', 1234, false],
		['1\u00a0234,5', ',', 1234.5, false],
		['−3', ',', -3, false],
		['-0,5', ',', -0.5, false],
		['+4', ',', 4, false],
		[',5', ',', 0.5, false],
		['1,5E+05', ',', 150000, false],
		['2.5e-3', '.', 0.0025, false],
		['007', ',', 7, false]
	];
	it.each(cases)('%j with decimal mark %s is %d (percent: %s)', (text, mark, value, percent) => {
		const parsed = parseNumber(text, mark);
		expect(parsed).toMatchObject({ ok: true, value, percent });
	});

	it('gives 0, never -0', () => {
		const parsed = parseNumber('-0,0');
		expect(parsed.ok && Object.is(parsed.value, 0)).toBe(true);
	});

	const bad: [text: string, problem: 'notANumber' | 'tooLarge'][] = [
		['abc', 'notANumber'],
		['12abc', 'notANumber'],
		['', 'notANumber'],
		['%', 'notANumber'],
		['-', 'notANumber'],
		['--1', 'notANumber'],
		['5-', 'notANumber'],
		['5,', 'notANumber'],
		['1.23,4', 'notANumber'],
		['1,2,3.4.5', 'notANumber'],
		['12.34.5', 'notANumber'],
		['€ 100', 'notANumber'],
		['NaN', 'notANumber'],
		['Infinity', 'notANumber'],
		['1e999', 'tooLarge']
	];
	it.each(bad)('%j is refused: %s', (text, problem) => {
		expect(parseNumber(text)).toEqual({ ok: false, problem });
	});
});

describe('readTypedNumber, the one reader of numbers typed in the UI', () => {
	it('reads "1.234" as 1234 in Dutch and as 1.234 in English', () => {
		expect(readTypedNumber('1.234', ',')).toMatchObject({ ok: true, value: 1234 });
		expect(readTypedNumber('1.234', '.')).toMatchObject({ ok: true, value: 1.234 });
		expect(readTypedNumber('1,234', '.')).toMatchObject({ ok: true, value: 1234 });
	});
	it('takes a euro sign and a percent sign, and refuses text', () => {
		expect(readTypedNumber('€ 12.500', ',')).toMatchObject({ ok: true, value: 12500 });
		expect(readTypedNumber('7,5%', ',')).toMatchObject({ ok: true, value: 7.5, percent: true });
		expect(readTypedNumber('zeven', ',')).toMatchObject({ ok: false, problem: 'notANumber' });
	});
});

describe('guessDecimalMark votes over the cells that can be read one way only', () => {
	const cases: [cells: string[], fallback: DecimalMark, mark: DecimalMark][] = [
		[['0,32', '1.234'], '.', ','],
		[['1,234.5'], ',', '.'],
		[['1.234', '5'], '.', '.'],
		[['1.234', '5'], ',', ','],
		[['1.234.567'], '.', ','],
		[['1,234,567'], ',', '.'],
		[['0.5', '0,25', '0,75'], '.', ','],
		[['tekst', ''], '.', '.']
	];
	it.each(cases)('%j (fallback %s) → %s', (cells, fallback, mark) => {
		expect(guessDecimalMark(cells, fallback)).toBe(mark);
	});
});

describe('percentages become fractions exactly', () => {
	it.each([
		['7', 0.07],
		['32.5', 0.325],
		['75.50391', 0.7550391],
		['12.3456789012345', 0.123456789012345],
		['1.5e2', 1.5],
		['-0.8', -0.008],
		['0', 0]
	])('%s %% → %d', (canonical, fraction) => {
		expect(percentToFraction(canonical)).toBe(fraction);
	});
});

describe('shiftDecimal writes plain decimals, shifted without rounding', () => {
	it.each([
		[0.07, 2, '7'],
		[0.38, 2, '38'],
		[0.05425347222222223, 2, '5.425347222222223'],
		[123.45, 2, '12345'],
		[-0.5, 2, '-50'],
		[12.5, -2, '0.125'],
		[1e-7, 0, '0.0000001'],
		[1e21, 0, '1000000000000000000000'],
		[150000, 0, '150000'],
		[0, 2, '0'],
		[-0, 0, '0']
	])('%d × 10^%d → %s', (x, places, text) => {
		expect(shiftDecimal(x, places)).toBe(text);
	});

	it('refuses what is not finite', () => {
		expect(() => shiftDecimal(NaN, 0)).toThrow('geen eindig getal: NaN');
		expect(() => shiftDecimal(Infinity, 2)).toThrow('geen eindig getal: Infinity');
	});

	it('shift there and back gives the same double', () => {
		for (const x of [0.07, 0.123456789012345, 0.7550391, 1 / 3, 2 / 3, 0.1 + 0.2, 5e-324]) {
			expect(percentToFraction(shiftDecimal(x, 2))).toBe(x);
		}
	});
});
