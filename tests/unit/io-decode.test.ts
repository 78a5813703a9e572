import { describe, expect, it } from 'vitest';
import { decodeText, decodeWindows1252 } from '$lib/io/decode';

const bytes = (...b: number[]) => Uint8Array.from(b);
const utf8 = (s: string) => new TextEncoder().encode(s);

describe('decodeText', () => {
	it('UTF-8 with a BOM: the BOM is removed', () => {
		expect(decodeText(bytes(0xef, 0xbb, 0xbf, ...utf8('Súdwest-Fryslân')))).toEqual({
			text: 'Súdwest-Fryslân',
			encoding: 'utf-8',
			bom: true
		});
	});

	it('UTF-8 without a BOM', () => {
		expect(decodeText(utf8('Súdwest-Fryslân;€'))).toEqual({
			text: 'Súdwest-Fryslân;€',
			encoding: 'utf-8',
			bom: false
		});
	});

	it('Windows-1252 when the bytes are not UTF-8 ("Súdwest-Fryslân" in single bytes)', () => {
		const cp1252 = bytes(0x53, 0xfa, 0x64, 0x77, 0x65, 0x73, 0x74, 0x2d, 0x46, 0x72, 0x79, 0x73);
		const withA = bytes(...cp1252, 0x6c, 0xe2, 0x6e);
		expect(decodeText(withA)).toEqual({
			text: 'Súdwest-Fryslân',
			encoding: 'windows-1252',
			bom: false
		});
	});

	it('UTF-16 little- and big-endian with a BOM (Excel "Unicode text")', () => {
		expect(decodeText(bytes(0xff, 0xfe, 0x41, 0, 0xe2, 0, 0x3b, 0))).toEqual({
			text: 'Aâ;',
			encoding: 'utf-16le',
			bom: true
		});
		expect(decodeText(bytes(0xfe, 0xff, 0, 0x41, 0, 0xe2))).toEqual({
			text: 'Aâ',
			encoding: 'utf-16be',
			bom: true
		});
	});

	it('a broken UTF-8 sequence is read as Windows-1252, not replaced', () => {
		expect(decodeText(bytes(0xc3, 0x28))).toEqual({
			text: 'Ã(',
			encoding: 'windows-1252',
			bom: false
		});
	});
});

describe('decodeWindows1252 differs from Latin-1 in 0x80..0x9F', () => {
	it.each([
		[0x80, '€'],
		[0x92, '’'],
		[0x96, '–'],
		[0x9f, 'Ÿ'],
		[0x81, '\u0081'],
		[0xe9, 'é'],
		[0x41, 'A']
	])('0x%s → %s', (b, ch) => {
		expect(decodeWindows1252(bytes(b))).toBe(ch);
	});

	it('decodes long input in chunks without losing bytes', () => {
		const long = new Uint8Array(100_003).fill(0x80);
		expect(decodeWindows1252(long)).toBe('€'.repeat(100_003));
	});
});
