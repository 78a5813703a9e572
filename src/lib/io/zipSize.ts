/**
 * What a zip archive (an .xlsx) says it unpacks to, read from its central
 * directory without unpacking anything: a zip bomb is refused before the
 * XLSX reader touches it. The unzipper sizes its output by these same
 * declared sizes, so they bound what unpacking can take.
 */

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;

export interface ZipSize {
	entries: number;
	/** sum of the declared uncompressed sizes, bytes; Infinity for ZIP64 */
	unpacked: number;
}

/** null: no readable central directory (not a zip, or a damaged one). */
export function zipSize(bytes: Uint8Array): ZipSize | null {
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	// The end record is in the last 22 + 65.535 (comment) bytes.
	const stop = Math.max(0, bytes.length - 22 - 0xffff);
	let end = -1;
	for (let at = bytes.length - 22; at >= stop; at--) {
		if (view.getUint32(at, true) === EOCD) {
			end = at;
			break;
		}
	}
	if (end < 0) return null;
	const entries = view.getUint16(end + 10, true);
	let at = view.getUint32(end + 16, true);
	if (entries === 0xffff || at === 0xffffffff) return { entries, unpacked: Infinity };
	let unpacked = 0;
	for (let i = 0; i < entries; i++) {
		if (at + 46 > bytes.length || view.getUint32(at, true) !== CENTRAL) return null;
		const size = view.getUint32(at + 24, true);
		if (size === 0xffffffff) return { entries, unpacked: Infinity };
		unpacked += size;
		at +=
			46 +
			view.getUint16(at + 28, true) +
			view.getUint16(at + 30, true) +
			view.getUint16(at + 32, true);
	}
	return { entries, unpacked };
}
