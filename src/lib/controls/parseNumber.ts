/** A number typed by a Dutch or English user: "7,5", "7.5", "1.234,5" or "1,234.5". Null when it is not one. */
export function parseTypedNumber(text: string): number | null {
	let t = text
		.trim()
		.replace(/\s|%|€/g, '')
		.replace('−', '-');
	if (!t) return null;
	const comma = t.lastIndexOf(',');
	const dot = t.lastIndexOf('.');
	if (comma > dot) t = t.replace(/\./g, '').replace(',', '.');
	else if (dot > comma && comma >= 0) t = t.replace(/,/g, '');
	if (!/^-?\d*\.?\d+$/.test(t)) return null;
	const x = Number(t);
	return Number.isFinite(x) ? x : null;
}
