/**
 * The municipality fields as the UI names and shows them: an i18n key per
 * field (Dutch first), and whether users see it in percent. Shares and rates
 * (range within -1..1, as in the import and export) are shown and typed in
 * percent; the model keeps fractions.
 */
import { FIELD_TEXT, type MunicipalityField } from '$lib/i18n/fieldNames';
import { percentToFraction } from '$lib/io/numbers';
import { MUNICIPALITY_FIELDS } from '$lib/model';

export { FIELD_TEXT, type MunicipalityField } from '$lib/i18n/fieldNames';

/** Set for the whole region with a slider (controls/levers.ts), not per municipality. */
const SET_BY_SLIDER = new Set<MunicipalityField>([
	'socialStockLossPerYear',
	'mutationRateChangePerYear'
]);

/** The columns of the municipality table, in the order of FIELD_TEXT. */
export const TABLE_FIELDS = (Object.keys(FIELD_TEXT) as MunicipalityField[]).filter(
	(field) => !SET_BY_SLIDER.has(field)
);

/** Shown and typed in percent (the model keeps a fraction). */
export function isPercentField(field: MunicipalityField): boolean {
	const rule = MUNICIPALITY_FIELDS[field];
	return rule.min >= -1 && rule.max <= 1;
}

/** A fraction times 100 without binary noise (0.07 → 7, not 7.000000000000001). */
export function toPercent(x: number): number {
	const text = String(x);
	return text.includes('e') ? x * 100 : Number(`${text}e2`);
}

/** A percentage as a fraction, exactly: the decimal point moves (12.5 → 0.125). */
export const fromPercent = (x: number): number => percentToFraction(String(x));
