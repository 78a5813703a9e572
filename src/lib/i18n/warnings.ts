/**
 * Model warnings in the UI's language. The model gives only the kind and the
 * facts (year, municipalities, amounts); every text is written here, once
 * per language. The table's type requires both languages for every kind, so
 * a missing translation fails the type check.
 */
import type { KeySpec, ModelWarning, SimulationResult, WarningKind } from '$lib/model';
import { FORMATS, KEY_NAMES, textIn, type Formats, type Lang } from './locale';

type Of<K extends WarningKind> = Extract<ModelWarning, { kind: K }>;
/** Renders one warning; `names` are the municipalities concerned, joined. */
type Render<K extends WarningKind> = (w: Of<K>, names: string, f: Formats) => string;

/** A key's name inside a sentence ("inwoners"), from the one table of key names. */
const keyName = (lang: Lang, key: KeySpec['type']) => textIn(lang, KEY_NAMES[key]).toLowerCase();

const TEXTS: { [K in WarningKind]: Record<Lang, Render<K>> } = {
	unplaced: {
		nl: (w, _, f) =>
			`In ${w.year} kunnen ${f.count(w.amount)} urgente huishoudens nergens geplaatst worden: alle gemeenten zitten aan het maximale aandeel toewijzingen aan urgenten.`,
		en: (w, _, f) =>
			`In ${w.year}, ${f.count(w.amount)} urgent households cannot be placed anywhere: every municipality is at the maximum share of relettings.`
	},
	floorsScaled: {
		nl: (w) =>
			`In ${w.year} vragen de ondergrenzen samen meer dan de vraag; ze zijn naar verhouding verlaagd.`,
		en: (w) => `In ${w.year} the floors add up to more than the demand; they were scaled down.`
	},
	noRelettings: {
		nl: (w, names) =>
			`In ${w.year} krijgen ${names} urgente huishoudens of statushouders, maar hebben geen vrijkomende sociale huurwoningen.`,
		en: (w, names) =>
			`In ${w.year}, ${names} receive urgent households or refugees but have no relettings.`
	},
	overCap: {
		nl: (w, names, f) =>
			`In ${w.year} gaat in ${names} meer dan ${f.percent(w.capShare)} van de vrijkomende sociale huurwoningen naar ${w.capCounts === 'priority' ? 'urgenten en statushouders' : 'urgenten'}.`,
		en: (w, names, f) =>
			`In ${w.year}, more than ${f.percent(w.capShare)} of the relettings in ${names} go to ${w.capCounts === 'priority' ? 'urgents and refugees' : 'urgents'}.`
	},
	keyWithoutWeight: {
		nl: (w) =>
			`In ${w.year} heeft de sleutel ‘${keyName('nl', w.key)}’ in geen enkele gemeente gewicht; deze vraag is naar inwoners verdeeld.`,
		en: (w) =>
			`In ${w.year} the key ‘${keyName('en', w.key)}’ has no weight in any municipality; this demand was spread by inhabitants.`
	},
	roomWithoutWeight: {
		nl: (w, names, f) =>
			`In ${w.year} blijven ${f.count(w.amount)} urgente huishoudens ongeplaatst, terwijl ${names} nog ruimte ${w.codes.length > 1 ? 'hebben' : 'heeft'} maar gewicht 0 in de verdeelsleutel.`,
		en: (w, names, f) =>
			`In ${w.year}, ${f.count(w.amount)} urgent households stay unplaced while ${names} still ${w.codes.length > 1 ? 'have' : 'has'} room but weight 0 in the key.`
	},
	maxBelowMin: {
		nl: (_, names) =>
			`In ${names} is het maximum per jaar lager dan het minimum per jaar; het maximum gaat voor.`,
		en: (_, names) =>
			`In ${names} the maximum per year is below the minimum per year; the maximum wins.`
	},
	overMaximum: {
		nl: (w, names) =>
			`In ${w.year} krijgen ${names} door groepen met een eigen sleutel meer dan hun maximum per jaar.`,
		en: (w, names) =>
			`In ${w.year}, groups with their own key alone take ${names} past their maximum per year.`
	}
};

// Name by code, made once per result: a warning can name hundreds of municipalities
// (the whole country over the cap), and looking each up in the list was quadratic.
const namesByCode = new WeakMap<SimulationResult, Map<string, string>>();
function nameOf(result: SimulationResult, code: string): string {
	let names = namesByCode.get(result);
	if (!names) {
		names = new Map(result.codes.map((c, i) => [c, result.names[i] ?? c]));
		namesByCode.set(result, names);
	}
	return names.get(code) ?? code;
}

/** One warning as text in `lang`. */
export function warningText(w: ModelWarning, result: SimulationResult, lang: Lang): string {
	const names = w.codes.map((c) => nameOf(result, c)).join(', ');
	const render = TEXTS[w.kind][lang] as Render<WarningKind>;
	return render(w, names, FORMATS[lang]);
}

/** The warnings of one year and of the given kinds, as text in `lang`. */
export function warningTexts(
	result: SimulationResult,
	year: number,
	kinds: WarningKind[],
	lang: Lang
): string[] {
	return result.warnings
		.filter((w) => w.year === year && kinds.includes(w.kind))
		.map((w) => warningText(w, result, lang));
}
