/**
 * Bytes of an imported text file → text.
 *
 * Dutch offices save CSV from Excel as "CSV UTF-8" (with a byte-order mark),
 * as plain "CSV" (Windows-1252, so "Súdwest-Fryslân" arrives as single
 * bytes) or as "Unicode text" (UTF-16 with a BOM). A BOM decides; without
 * one the bytes are tried as strict UTF-8 (a fatal TextDecoder, so a stray
 * 0xFA byte is an error rather than a replacement character) and otherwise
 * read as Windows-1252. Windows-1252 is decoded by our own table because
 * Node's TextDecoder treats that label as Latin-1 (0x80 would not be €).
 */

export type TextEncodingName = 'utf-8' | 'windows-1252' | 'utf-16le' | 'utf-16be';

export interface DecodedText {
	text: string;
	encoding: TextEncodingName;
	/** the file started with a byte-order mark (removed from `text`) */
	bom: boolean;
}

// Windows-1252 differs from Latin-1 only in 0x80..0x9F; the five unassigned
// bytes map to the C1 controls, as in the WHATWG encoding standard.
const CP1252_HIGH = [
	0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152,
	0x8d, 0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122,
	0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178
];

export function decodeWindows1252(bytes: Uint8Array): string {
	const parts: string[] = [];
	const chunk = 8192;
	for (let start = 0; start < bytes.length; start += chunk) {
		const end = Math.min(bytes.length, start + chunk);
		const codes = new Array<number>(end - start);
		for (let i = start; i < end; i++) {
			const b = bytes[i]!;
			codes[i - start] = b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80]! : b;
		}
		parts.push(String.fromCharCode(...codes));
	}
	return parts.join('');
}

export function decodeText(bytes: Uint8Array): DecodedText {
	const [b0, b1, b2] = bytes;
	if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) {
		// A BOM says UTF-8; bytes that still are not UTF-8 become U+FFFD rather than a guess.
		return {
			text: new TextDecoder('utf-8').decode(bytes.subarray(3)),
			encoding: 'utf-8',
			bom: true
		};
	}
	if (b0 === 0xff && b1 === 0xfe) {
		return {
			text: new TextDecoder('utf-16le').decode(bytes.subarray(2)),
			encoding: 'utf-16le',
			bom: true
		};
	}
	if (b0 === 0xfe && b1 === 0xff) {
		return {
			text: new TextDecoder('utf-16be').decode(bytes.subarray(2)),
			encoding: 'utf-16be',
			bom: true
		};
	}
	try {
		return {
			text: new TextDecoder('utf-8', { fatal: true }).decode(bytes),
			encoding: 'utf-8',
			bom: false
		};
	} catch {
		return { text: decodeWindows1252(bytes), encoding: 'windows-1252', bom: false };
	}
}
