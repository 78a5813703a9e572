/**
 * The agreement annex as a table (one row per municipality and year) and
 * as CSV (Dutch Excel, like every other export) and XLSX. Pure: the headers
 * come in the UI's language from the caller; the figures come from the
 * round (negotiation.ts), never computed here.
 */
import type { ArrangementScore } from '../model/negotiation';
import { csvNumber, csvText, neutralise } from './exportTable';

export interface AnnexHeaders {
	year: string;
	code: string;
	name: string;
	households: string;
	fairShare: string;
	ledger: string;
	compensation: string;
	priorityShare: string;
	cap: string;
}

export interface AnnexRow {
	year: number;
	code: string;
	name: string;
	households: number;
	fairShare: number;
	ledger: number;
	compensation: number;
	priorityShare: number | null;
	cap: number | null;
}

const NUMBERS = ['households', 'fairShare', 'ledger', 'compensation'] as const;

export function annexRows(
	years: number[],
	codes: string[],
	names: string[],
	score: ArrangementScore,
	cap: number | null
): AnnexRow[] {
	const rows: AnnexRow[] = [];
	codes.forEach((code, i) => {
		years.forEach((year, t) => {
			rows.push({
				year,
				code,
				name: names[i]!,
				households: score.households[t]![i]!,
				fairShare: score.fairShare[t]![i]!,
				ledger: score.ledger[t]![i]!,
				compensation: score.compensation[t]![i]!,
				priorityShare: score.priorityShare[t]![i]!,
				cap
			});
		});
	});
	return rows;
}

const ORDER = ['year', 'code', 'name', ...NUMBERS, 'priorityShare', 'cap'] as const;

/** Dutch Excel CSV; shares in percent under a "(%)" header. */
export function annexCsv(rows: AnnexRow[], h: AnnexHeaders): string {
	const header = ORDER.map((k) => (k === 'priorityShare' || k === 'cap' ? `${h[k]} (%)` : h[k]));
	const body = rows.map((r) => [
		String(r.year),
		neutralise(r.code),
		neutralise(r.name),
		...NUMBERS.map((k) => csvNumber(r[k], `${h[k]} ${r.name} ${r.year}`)),
		csvNumber(r.priorityShare, `${h.priorityShare} ${r.name} ${r.year}`, true),
		csvNumber(r.cap, h.cap, true)
	]);
	return csvText([header, ...body]);
}

/** One sheet with the same table; shares as fractions with a percent format. */
export async function annexXlsx(rows: AnnexRow[], h: AnnexHeaders, sheet: string): Promise<Blob> {
	const bold = (value: string) => ({ value, fontWeight: 'bold' as const });
	const num = (x: number) => {
		if (!Number.isFinite(x)) throw new RangeError(`Export afgebroken: ${x} is geen eindig getal.`);
		return x;
	};
	const pct = (x: number | null) => (x === null ? null : { value: num(x), format: '0.0%' });
	const data = [
		ORDER.map((k) => bold(h[k])),
		...rows.map((r) => [
			r.year,
			neutralise(r.code),
			neutralise(r.name),
			...NUMBERS.map((k) => num(r[k])),
			pct(r.priorityShare),
			pct(r.cap)
		])
	];
	const { default: writeXlsxFile } = await import('write-excel-file/universal');
	return writeXlsxFile([{ sheet: sheet.slice(0, 31), data, stickyRowsCount: 1 }]).toBlob();
}
