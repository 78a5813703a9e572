/**
 * The language of the UI and every word and format that follows it
 * (nl: 1.234,5 and 83%; en: 1,234.5): messages, the names of keys and demand
 * groups, numbers and dates. Charts, tables and panels format through here;
 * nothing else picks a locale. The chosen language is remembered in this
 * browser.
 */
import type { KeySpec, ValidationIssue } from '$lib/model';
import { issueText, issuesText } from './issues';
import { KEY_NAMES, LOCALES, hasMessages, loadMessages, textIn, type Lang } from './locale';
import type { MessageKey } from './messages';
import { problemText, type Problem } from './problems';

export { KEY_NAMES, LOCALES, textIn, type Lang } from './locale';

const LANG_STORAGE = 'verdeelwijzer.lang';

/** The demand groups of the glossary by id; a group the user adds keeps its own name. */
const GROUP_NAMES: Record<string, MessageKey> = {
	'uitstroom-bw': 'groupUitstroomBw',
	'uitstroom-mo': 'groupUitstroomMo',
	'uitstroom-ggz': 'groupUitstroomGgz',
	'uitstroom-vo': 'groupUitstroomVo',
	'uitstroom-jeugd': 'groupUitstroomJeugd',
	'uitstroom-detentie': 'groupUitstroomDetentie',
	medisch: 'groupMedisch',
	mantelzorg: 'groupMantelzorg',
	sekswerkers: 'groupSekswerkers',
	statushouders: 'groupStatushouders'
};

function storedLang(): Lang {
	try {
		const v = globalThis.localStorage?.getItem(LANG_STORAGE);
		return v === 'en' ? 'en' : 'nl';
	} catch {
		return 'nl'; // storage refused (private window): Dutch, as the default
	}
}

class I18n {
	/** the language chosen (the language menu shows it) */
	#chosen = $state<Lang>(storedLang());
	/** the language every text is in: the chosen one once its texts are loaded */
	#lang = $state<Lang>('nl');
	#loading: Promise<void> = Promise.resolve();

	constructor() {
		this.#show(this.#chosen);
	}

	get lang(): Lang {
		return this.#lang;
	}
	set lang(lang: Lang) {
		this.#chosen = lang;
		this.#show(lang);
		try {
			globalThis.localStorage?.setItem(LANG_STORAGE, lang);
		} catch {
			// Not remembered; the choice still holds for this visit.
		}
	}
	get chosen(): Lang {
		return this.#chosen;
	}

	/** Resolves when the texts are in the chosen language (messages kept as text wait for it). */
	ready(): Promise<void> {
		return this.#loading;
	}

	// Every text switches at once, when its table is here (English loads on first use).
	#show(lang: Lang) {
		if (hasMessages(lang)) {
			this.#lang = lang;
			return;
		}
		this.#loading = loadMessages(lang).then(
			() => {
				if (this.#chosen === lang) this.#lang = lang;
			},
			() => {
				// Not loaded (offline before it was cached): the texts stay Dutch.
			}
		);
	}

	/** the decimal mark users of the UI language type: "1.234" is 1234 in Dutch */
	get decimalMark(): ',' | '.' {
		return this.#lang === 'nl' ? ',' : '.';
	}

	/** the BCP 47 locale of the UI language, for every Intl format */
	get locale(): string {
		return LOCALES[this.#lang];
	}

	private formats = $derived.by(() => {
		const locale = LOCALES[this.#lang];
		return {
			count: new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }),
			decimal: new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }),
			percent: new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }),
			percent1: new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }),
			signed: new Intl.NumberFormat(locale, {
				maximumFractionDigits: 0,
				signDisplay: 'exceptZero'
			}),
			euro: new Intl.NumberFormat(locale, {
				style: 'currency',
				currency: 'EUR',
				maximumFractionDigits: 0
			}),
			index: new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
			fixed1: new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
			date: new Intl.DateTimeFormat(locale, { dateStyle: 'long' }),
			dateTime: new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short' }),
			time: new Intl.DateTimeFormat(locale, { timeStyle: 'short' }),
			list: new Intl.ListFormat(locale, { type: 'conjunction' })
		};
	});

	t = (key: MessageKey, params: Record<string, string | number> = {}): string => {
		const text = textIn(this.#lang, key);
		return text.replace(/\{(\w+)\}/g, (_, p) => String(params[p] ?? `{${p}}`));
	};

	count = (x: number) => this.formats.count.format(x);
	decimal = (x: number) => this.formats.decimal.format(x);
	percent = (x: number | null) => (x === null ? '–' : this.formats.percent.format(x));
	percent1 = (x: number | null) => (x === null ? '–' : this.formats.percent1.format(x));
	/** +12 / −8 with a real minus sign */
	signed = (x: number) => this.formats.signed.format(x).replace('-', '−');
	euro = (x: number) => this.formats.euro.format(x).replace('-', '−');
	index = (x: number) => this.formats.index.format(x);
	/** always one decimal: 6,3 and 7,0 */
	fixed1 = (x: number) => this.formats.fixed1.format(x);
	/** "2 december 2026" / "2 December 2026" */
	date = (d: Date) => this.formats.date.format(d);
	dateTime = (d: Date) => this.formats.dateTime.format(d);
	time = (d: Date) => this.formats.time.format(d);
	/** "a, b en c" / "a, b and c" */
	list = (items: string[]) => this.formats.list.format(items);
	/** a number in the UI's conventions with up to `decimals` decimals */
	number = (x: number, decimals: number, grouping = true) =>
		new Intl.NumberFormat(this.locale, {
			maximumFractionDigits: decimals,
			useGrouping: grouping
		}).format(x);

	/** The name of a key ("Inwoners"); a composite key with its weights when `withWeights`. */
	keyName = (key: KeySpec | KeySpec['type']): string => {
		const spec = typeof key === 'string' ? null : key;
		const name = this.t(KEY_NAMES[typeof key === 'string' ? key : key.type]);
		if (spec?.type !== 'composite') return name;
		const w = spec.weights;
		return this.t('keyCompositeWeights', {
			composite: name,
			inhabitants: this.t('keyInhabitants'),
			socialStock: this.t('keySocialStock'),
			available: this.t('keyAvailable'),
			a: this.percent(w.inhabitants),
			b: this.percent(w.socialStock),
			c: this.percent(w.available)
		});
	};

	/** A problem of a scenario (model/issues.ts), naming the place and the field. */
	issue = (issue: ValidationIssue): string => issueText(issue, this.#lang);

	/** The first `shown` problems of a scenario, and how many more there are. */
	issues = (issues: ValidationIssue[], shown = 1): string => issuesText(issues, this.#lang, shown);

	/** An import, share-link, storage or map problem (i18n/problems.ts). */
	problem = (problem: Problem): string => problemText(problem, this.#lang);

	/** The name of a demand group by id (a group the user added is its own name). */
	group = (id: string): string => {
		const key = GROUP_NAMES[id];
		return key ? this.t(key) : id;
	};
}

/** A group of the glossary (not one the user added, whose id is its name and can be edited). */
export const isGlossaryGroup = (id: string) => id in GROUP_NAMES;

export const i18n = new I18n();
