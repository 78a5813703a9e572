/**
 * The languages, their locales and the formats texts outside the Svelte UI
 * use (model warnings, validation, import and storage problems). Plain
 * TypeScript without runes, so the headless run can word the model's
 * problems in Dutch with the same table as the app.
 */
import type { KeySpec } from '../model/types';
import { nl, type MessageKey } from './messages';

export type Lang = 'nl' | 'en';

export const LOCALES: Record<Lang, string> = { nl: 'nl-NL', en: 'en-GB' };

// The tables loaded so far. Dutch always; English once asked for, so that Dutch users never
// download it (it is about half of all the text).
const tables: Partial<Record<Lang, Record<MessageKey, string>>> = { nl };

/** Whether the texts of `lang` are here (Dutch always is). */
export const hasMessages = (lang: Lang): boolean => tables[lang] !== undefined;

/** Load the texts of `lang` (once); resolves when `textIn` can give them. */
export async function loadMessages(lang: Lang): Promise<void> {
	if (!hasMessages(lang)) tables[lang] = (await import('./messages.en')).en;
}

/** A text of the table in a given language; Dutch while that language is not loaded. */
export const textIn = (lang: Lang, key: MessageKey): string => (tables[lang] ?? nl)[key];

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
