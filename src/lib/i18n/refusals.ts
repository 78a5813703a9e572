/**
 * Why a typed or pasted value was not taken, in the UI's language: one place
 * for the messages the slider fields, the demand editor and the municipality
 * table give (the model's validation speaks for everything else). Each names
 * the municipality or group and the field, as the house rules ask.
 */
import type { ParsedNumber } from '$lib/io/numbers';
import { FIELD_TEXT, toPercent, type MunicipalityField } from '$lib/io-ui/fields';
import { i18n } from './i18n.svelte';

type Failure = Extract<ParsedNumber, { ok: false }>;

/** "‘abc’ is geen getal" / "‘1e999’ is te groot" */
export const notANumber = (text: string, failure: Failure) =>
	i18n.t(failure.problem === 'tooLarge' ? 'refuseTooLarge' : 'refuseNotANumber', {
		text: text.trim()
	});

/** A slider's typed value outside its range (display units). */
export const outsideRange = (label: string, min: number, max: number, text: string) =>
	i18n.t('refuseRange', { label, min: i18n.decimal(min), max: i18n.decimal(max), text });

/** "Gemeente Assen (GM0106), veld ‘inwoners’ (inhabitants)" */
export const inMunicipality = (m: { name: string; code: string }, field: MunicipalityField) =>
	i18n.t('refuseMunicipality', {
		name: m.name,
		code: m.code,
		field: i18n.t(FIELD_TEXT[field]).toLowerCase(),
		id: field
	});

/** "Vraaggroep ‘Medische urgentie’, veld ‘Aantal’" */
export const inGroup = (group: string, field: string) => i18n.t('refuseGroup', { group, field });

/** A percentage outside [min, max] (fractions), said in percent as the table shows it. */
export function percentOutOfRange(value: number, min: number, max: number): string | null {
	const pct = (x: number) => `${i18n.number(toPercent(x), 3)} %`;
	if (value > max) return i18n.t('refuseAbove', { max: pct(max), value: pct(value) });
	if (value < min) return i18n.t('refuseBelow', { min: pct(min), value: pct(value) });
	return null;
}
