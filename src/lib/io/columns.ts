/**
 * Column headers of an imported table → the model's field keys.
 *
 * Offices name their columns in Dutch or English, with units, years and
 * accents ("Aandeel sociale huur (%)", "Inwoners 2024", "GM_code"). A header
 * is normalised (no accents, case, spaces, punctuation, text in brackets or
 * years) and looked up in the table below; each field's own key and its
 * Dutch label from fields.ts are matched too, so the headers this app
 * exports always come back. A `%`, "procent" or "percentage" in the header
 * marks a column of percentages (see importTable.ts for how shares are read).
 */
import { fileColumn } from '../i18n/fieldNames';
import { MUNICIPALITY_FIELDS, type MunicipalityNumberField } from '../model/fields';

export type ColumnKey = 'code' | 'name' | MunicipalityNumberField;

const SYNONYMS: Record<ColumnKey, string[]> = {
	code: [
		'gemeentecode',
		'code',
		'gm_code',
		'gmcode',
		'cbs-code',
		'cbs code',
		'code gemeente',
		'gemeente code',
		'municipality code',
		'regiocode'
	],
	name: [
		'gemeente',
		'gemeentenaam',
		'naam',
		'naam gemeente',
		'name',
		'municipality',
		'municipality name',
		"regio's"
	],
	inhabitants: ['inwoners', 'aantal inwoners', 'inhabitants', 'bevolking', 'population'],
	households: ['huishoudens', 'aantal huishoudens', 'households'],
	vulnerable: ['kwetsbare inwoners', 'kwetsbaren', 'vulnerable', 'vulnerable inhabitants'],
	dwellings: [
		'woningvoorraad',
		'woningen',
		'aantal woningen',
		'dwellings',
		'dwelling stock',
		'housing stock'
	],
	socialShare: [
		'aandeel sociale huur',
		'aandeel sociale huurwoningen',
		'sociale huur',
		'social share',
		'social rent share'
	],
	mutationRate: ['mutatiegraad', 'mutation rate', 'turnover', 'turnover rate'],
	currentUrgents: [
		'urgenten',
		'huidige urgenten',
		'urgenten per jaar',
		'urgenten nu',
		'current urgents',
		'urgents'
	],
	populationGrowth: ['bevolkingsgroei', 'groei', 'population growth', 'growth'],
	newDwellingsPerYear: [
		'nieuwbouw per jaar',
		'nieuwbouw',
		'new dwellings per year',
		'new dwellings',
		'new build'
	],
	socialShareOfNewBuild: [
		'aandeel sociale huur nieuwbouw',
		'aandeel sociaal nieuwbouw',
		'sociale huur nieuwbouw',
		'social share of new build',
		'social share new build'
	],
	socialStockLossPerYear: [
		'verlies sociale voorraad',
		'verlies sociale huur',
		'social stock loss per year',
		'social stock loss'
	],
	mutationRateChangePerYear: [
		'verandering mutatiegraad',
		'mutation rate change per year',
		'mutation rate change'
	],
	minPerYear: ['minimum', 'minimum per jaar', 'minimum per year', 'minima'],
	maxPerYear: ['maximum', 'maximum per jaar', 'maximum per year', 'maxima']
};

/** Lower case, accents off, brackets and years dropped, letters and digits only. */
export function normaliseHeader(header: string): string {
	return header
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/\([^)]*\)|\[[^\]]*\]/g, ' ')
		.replace(/\b(19|20)\d\d\b/g, ' ')
		.replace(/[^a-z0-9]/g, '');
}

/** The header says its values are percentages. */
export function headerIsPercent(header: string): boolean {
	return /%|procent|percentage|\bpct\b/i.test(header);
}

const LOOKUP = new Map<string, ColumnKey>();
for (const [key, names] of Object.entries(SYNONYMS) as [ColumnKey, string[]][]) {
	for (const name of names) LOOKUP.set(normaliseHeader(name), key);
}
for (const key of Object.keys(MUNICIPALITY_FIELDS)) {
	const k = key as MunicipalityNumberField;
	for (const name of [key, fileColumn(k)]) {
		if (!LOOKUP.has(normaliseHeader(name))) LOOKUP.set(normaliseHeader(name), k);
	}
}

export function columnKey(header: string): ColumnKey | null {
	return LOOKUP.get(normaliseHeader(header)) ?? null;
}

export interface MatchedColumn {
	/** position in the row */
	index: number;
	/** the header as written in the file */
	header: string;
	key: ColumnKey;
	/** the header marks percentages */
	percent: boolean;
}

export interface ColumnMatch {
	columns: MatchedColumn[];
	/** headers that match no field (ignored on import) */
	unmatched: string[];
	/** a later column that means the same as an earlier one: [first, second] */
	duplicates: [MatchedColumn, MatchedColumn][];
}

export function matchColumns(headers: string[]): ColumnMatch {
	const columns: MatchedColumn[] = [];
	const unmatched: string[] = [];
	const duplicates: [MatchedColumn, MatchedColumn][] = [];
	headers.forEach((raw, index) => {
		const header = raw.trim();
		if (!header) return;
		const key = columnKey(header);
		if (!key) {
			unmatched.push(header);
			return;
		}
		const column = { index, header, key, percent: headerIsPercent(header) };
		const first = columns.find((c) => c.key === key);
		if (first) duplicates.push([first, column]);
		else columns.push(column);
	});
	return { columns, unmatched, duplicates };
}

/** Fields holding a share or rate (range within -1..1): read as fraction or percentage. */
export function isShareField(key: ColumnKey): key is MunicipalityNumberField {
	return key !== 'code' && key !== 'name' && MUNICIPALITY_FIELDS[key].max <= 1;
}
