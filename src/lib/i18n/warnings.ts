/**
 * Model warnings in the UI's language. The model writes them in Dutch; the
 * English text is made from the same facts (kind, year, municipalities).
 */
import type { ModelWarning, SimulationResult, WarningKind } from '$lib/model';
import type { Lang } from './i18n.svelte';

const EN: Record<WarningKind, (w: ModelWarning, names: string) => string> = {
	unplaced: (w) =>
		`In ${w.year}, ${Math.round((w.amount ?? 0) * 10) / 10} urgent households cannot be placed anywhere: every municipality is at the maximum share of relettings.`,
	floorsScaled: (w) =>
		`In ${w.year} the floors add up to more than the demand; they were scaled down.`,
	noRelettings: (w, names) =>
		`In ${w.year}, ${names} receive urgent households or refugees but have no relettings.`,
	overCap: (w, names) =>
		`In ${w.year}, more than the maximum share of relettings in ${names} goes to urgents and refugees.`,
	keyWithoutWeight: (w) =>
		`In ${w.year} the key has no weight in any municipality; this demand was spread by inhabitants.`
};

/** The warnings of one year and of the given kinds, as text in `lang`. */
export function warningTexts(
	result: SimulationResult,
	year: number,
	kinds: WarningKind[],
	lang: Lang
): string[] {
	return result.warnings
		.filter((w) => w.year === year && kinds.includes(w.kind))
		.map((w) => {
			if (lang === 'nl') return w.message;
			const names = w.codes.map((c) => result.names[result.codes.indexOf(c)]).join(', ');
			return EN[w.kind](w, names);
		});
}
