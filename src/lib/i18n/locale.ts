/**
 * The languages, their locales and the formats texts outside the Svelte UI
 * use (model warnings, validation, import and storage problems). Plain
 * TypeScript without runes, so the headless run can word the model's
 * problems in Dutch with the same table as the app.
 */
import type { KeySpec } from '../model/types';
import { en, nl, type MessageKey } from './messages';

export type Lang = 'nl' | 'en';

export const LOCALES: Record<Lang, string> = { nl: 'nl-NL', en: 'en-GB' };

/** A text of the table in a given language (for texts built outside the UI's current language). */
export const textIn = (lang: Lang, key: MessageKey): string => (lang === 'nl' ? nl : en)[key];

export const KEY_NAMES: Record<KeySpec['type'], MessageKey> = {
	inhabitants: 'keyInhabitants',
	socialStock: 'keySocialStock',
	available: 'keyAvailable',
	composite: 'keyComposite'
};

/** Numbers inside a sentence: 1.234,5 and 12,5% (nl) or 1,234.5 and 12.5% (en). */
export interface Formats {
	count(x: number): string;
	percent(x: number): string;
	/** bytes as megabytes with one decimal */
	megabytes(bytes: number): string;
}

function formats(locale: string): Formats {
	const count = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
	const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
	return {
		count: (x) => count.format(x),
		percent: (x) => percent.format(x),
		megabytes: (bytes) => count.format(Math.round((bytes / 1024 / 1024) * 10) / 10)
	};
}

export const FORMATS: Record<Lang, Formats> = { nl: formats(LOCALES.nl), en: formats(LOCALES.en) };
