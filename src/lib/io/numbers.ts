/**
 * Numbers as Dutch and English spreadsheets write them.
 *
 * "1.234,5" (Dutch), "1,234.5" (English), "12,5%", "0,32", "1 234", "−3",
 * "1,5E+05". When both separators occur the last one is the decimal mark.
 * A single separator followed by exactly three digits ("1.234", "1,234") is
 * ambiguous; the caller passes the file's decimal mark (`guessDecimalMark`
 * votes over all cells, the column separator breaks a tie) and only those
 * cases use it. Anything else that is not clearly a number gives the kind of
 * problem (for a message in the UI's language) instead of NaN.
 *
 * The value is also kept as a canonical decimal string, so a percentage is
 * turned into a fraction by moving the decimal point ("12.3456e-2"), not by
 * dividing a rounded double by 100: export as percent and import again
 * gives back the very same double.
 */

export type DecimalMark = ',' | '.';

export type ParsedNumber =
	| {
			ok: true;
			value: number;
			/** the text ended in a % sign (value is the number before it, e.g. 12.5) */
			percent: boolean;
			/** the value as a JavaScript number literal, e.g. `-1234.5e3` */
			canonical: string;
	  }
	| {
			ok: false;
			/** what is wrong, for messages in the UI's language (i18n) */
			problem: 'notANumber' | 'tooLarge';
	  };

// Spaces, no-break spaces, thin and narrow no-break spaces: thousands separators in Dutch text.
const SPACES = /[\s\u00a0\u2007\u2009\u202f]/g;

export function parseNumber(text: string, decimalMark: DecimalMark = ','): ParsedNumber {
	const notANumber: ParsedNumber = {
		ok: false,
		problem: 'notANumber'
	};
	let s = text.replace(SPACES, '');
	let percent = false;
	if (s.endsWith('%')) {
		percent = true;
		s = s.slice(0, -1);
	}
	let sign = '';
	if (/^[-+\u2212]/.test(s)) {
		sign = s[0] === '+' ? '' : '-';
		s = s.slice(1);
	}
	let exponent = 0;
	const exp = /[eE]([-+]?\d{1,4})$/.exec(s);
	if (exp) {
		exponent = Number(exp[1]);
		s = s.slice(0, exp.index);
	}
	if (!/^[\d.,]*\d[\d.,]*$/.test(s) || /^[.,]?$/.test(s)) return notANumber;
	const split = splitDecimal(s, decimalMark);
	if (!split) return notANumber;
	const [int, frac] = split;
	const canonical = `${sign}${int || '0'}${frac ? '.' + frac : ''}${exponent ? 'e' + exponent : ''}`;
	const value = Number(canonical);
	if (!Number.isFinite(value)) return { ok: false, problem: 'tooLarge' };
	return { ok: true, value: value === 0 ? 0 : value, percent, canonical };
}

/**
 * A number the user typed in a field of the UI: as `parseNumber` with the
 * decimal mark of the UI's language deciding "1.234" (1234 in Dutch, 1.234
 * in English), and a euro sign allowed. The one reader of typed numbers.
 */
export function readTypedNumber(text: string, decimalMark: DecimalMark): ParsedNumber {
	return parseNumber(text.replace(/€/g, ''), decimalMark);
}

/** Integer digits and fraction digits, or null when the separators make no sense. */
function splitDecimal(s: string, decimalMark: DecimalMark): [string, string] | null {
	const dots = count(s, '.');
	const commas = count(s, ',');
	let decimal: string | null = null;
	let thousands: string | null = null;
	if (dots && commas) {
		decimal = s.lastIndexOf('.') > s.lastIndexOf(',') ? '.' : ',';
		thousands = decimal === '.' ? ',' : '.';
		if (count(s, decimal) !== 1) return null;
	} else if (dots || commas) {
		const mark = dots ? '.' : ',';
		if (count(s, mark) > 1) thousands = mark;
		else {
			const [int, frac] = s.split(mark);
			const couldGroup = frac!.length === 3 && int!.length >= 1 && int!.length <= 3 && int !== '0';
			if (couldGroup && mark !== decimalMark) thousands = mark;
			else decimal = mark;
		}
	}
	const point = decimal ? s.indexOf(decimal) : s.length;
	const intPart = s.slice(0, point);
	const frac = decimal ? s.slice(point + 1) : '';
	if (decimal && (frac === '' || !/^\d+$/.test(frac))) return null;
	if (thousands && intPart.includes(thousands)) {
		const groups = intPart.split(thousands);
		const ok = /^\d{1,3}$/.test(groups[0]!) && groups.slice(1).every((g) => /^\d{3}$/.test(g));
		if (!ok) return null;
		return [groups.join(''), frac];
	}
	if (!/^\d*$/.test(intPart)) return null;
	return [intPart, frac];
}

function count(s: string, c: string): number {
	let n = 0;
	for (const ch of s) if (ch === c) n++;
	return n;
}

/**
 * The decimal mark of a file: each cell that can only be read one way votes
 * ("0,32", "1.234,5", "12,75"); a tie (also: no votes) gives `fallback`.
 */
export function guessDecimalMark(cells: Iterable<string>, fallback: DecimalMark): DecimalMark {
	let comma = 0;
	let dot = 0;
	for (const cell of cells) {
		const s = cell
			.replace(SPACES, '')
			.replace(/%$/, '')
			.replace(/^[-+\u2212]/, '');
		if (!/^[\d.,]+$/.test(s)) continue;
		const dots = count(s, '.');
		const commas = count(s, ',');
		if (dots && commas) {
			if (s.lastIndexOf('.') > s.lastIndexOf(',')) dot++;
			else comma++;
		} else if (dots === 1 || commas === 1) {
			const mark = dots ? '.' : ',';
			const [int, frac] = s.split(mark);
			const couldGroup = frac!.length === 3 && int!.length >= 1 && int!.length <= 3 && int !== '0';
			if (!couldGroup) {
				if (mark === '.') dot++;
				else comma++;
			}
		} else if (dots > 1)
			comma++; // 1.234.567: dots group, so the comma is the decimal mark
		else if (commas > 1) dot++;
	}
	return comma > dot ? ',' : dot > comma ? '.' : fallback;
}

/** A parsed percentage as a fraction, exactly: the decimal point moves two places. */
export function percentToFraction(canonical: string): number {
	const [mantissa, exp = '0'] = canonical.split('e');
	const value = Number(`${mantissa}e${Number(exp) - 2}`);
	return value === 0 ? 0 : value;
}

/**
 * A finite number as a plain decimal string (no exponent) times 10^places,
 * exact: the digits of its shortest representation are shifted, not multiplied.
 * shiftDecimal(0.07, 2) === '7'; shiftDecimal(1e-7, 0) === '0.0000001'.
 */
export function shiftDecimal(x: number, places: number): string {
	if (!Number.isFinite(x)) throw new RangeError(`geen eindig getal: ${x}`);
	if (x === 0) return '0';
	const m = /^(-?)(\d+)(?:\.(\d+))?(?:e([-+]\d+))?$/.exec(String(x));
	if (!m) throw new RangeError(`onverwachte getalnotatie: ${x}`);
	const [, sign, int, frac = '', exp = '0'] = m;
	const digits = int + frac;
	const point = int!.length + Number(exp) + places;
	let intDigits: string;
	let fracDigits: string;
	if (point <= 0) {
		intDigits = '0';
		fracDigits = '0'.repeat(-point) + digits;
	} else if (point >= digits.length) {
		intDigits = digits + '0'.repeat(point - digits.length);
		fracDigits = '';
	} else {
		intDigits = digits.slice(0, point);
		fracDigits = digits.slice(point);
	}
	intDigits = intDigits.replace(/^0+(?=\d)/, '');
	fracDigits = fracDigits.replace(/0+$/, '');
	return `${sign}${intDigits}${fracDigits ? '.' + fracDigits : ''}`;
}
