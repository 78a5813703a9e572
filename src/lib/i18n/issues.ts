/**
 * What is wrong with a scenario (model/issues.ts gives kind and facts), in
 * Dutch and English from one table: every kind must have both languages or
 * the type check fails. Each message names the place (municipality, demand
 * group, proposal) and the field. Plain TypeScript, so the headless run
 * prints the Dutch (`issueText(issue, 'nl')`) with the same words as the app.
 */
import type { Expected, Found, IssueKind, IssuePlace, ValidationIssue } from '../model/issues';
import { fieldName } from './fieldNames';
import { FORMATS, type Formats, type Lang } from './locale';

type Of<K extends IssueKind> = Extract<ValidationIssue, { kind: K }>;

/** What a renderer gets besides the issue: the place and field said, values and numbers. */
interface Words extends Formats {
	/** "Gemeente Assen (GM0106), veld ‘inwoners’ (inhabitants)" */
	at: string;
	found(f: Found): string;
	field(key: string): string;
	/** a path cut to 60 characters */
	clip(path: string): string;
}

type Render<K extends IssueKind> = (i: Of<K>, w: Words) => string;

const clip = (s: string) => (s.length > 60 ? `${s.slice(0, 60)}…` : s);

const PLACE: Record<Lang, (p: IssuePlace) => string> = {
	nl: (p) => {
		switch (p.in) {
			case 'scenario':
				return 'Scenario';
			case 'municipality':
				return p.name
					? `Gemeente ${p.name}${p.code ? ` (${p.code})` : ''}`
					: `Gemeente ${p.code ?? `nr. ${p.number}`}`;
			case 'group':
				return p.group ? `Vraaggroep ‘${p.group}’` : `Vraaggroep nr. ${p.number}`;
			case 'proposal':
				return p.name ? `Voorstel ‘${p.name}’` : `Voorstel nr. ${p.number}`;
		}
	},
	en: (p) => {
		switch (p.in) {
			case 'scenario':
				return 'Scenario';
			case 'municipality':
				return p.name
					? `Municipality ${p.name}${p.code ? ` (${p.code})` : ''}`
					: `Municipality ${p.code ?? `no. ${p.number}`}`;
			case 'group':
				return p.group ? `Demand group ‘${p.group}’` : `Demand group no. ${p.number}`;
			case 'proposal':
				return p.name ? `Proposal ‘${p.name}’` : `Proposal no. ${p.number}`;
		}
	}
};

const FIELD_WORD: Record<Lang, { field: string; weight: string }> = {
	nl: { field: 'veld', weight: 'gewicht ' },
	en: { field: 'field', weight: 'weight ' }
};

const FOUND: Record<Lang, (f: Found, count: (x: number) => string) => string> = {
	nl: (f, count) =>
		foundIn(f, count, {
			missing: 'leeg',
			nan: 'geen getal',
			list: 'een lijst',
			object: 'een object'
		}),
	en: (f, count) =>
		foundIn(f, count, {
			missing: 'empty',
			nan: 'not a number',
			list: 'a list',
			object: 'an object'
		})
};

function foundIn(
	f: Found,
	count: (x: number) => string,
	words: Record<'missing' | 'nan' | 'list' | 'object', string>
): string {
	switch (f.is) {
		case 'number':
			return count(f.value);
		case 'text':
			return `‘${f.value}’`;
		case 'other':
			return f.value;
		case 'null':
			return 'null';
		default:
			return words[f.is];
	}
}

const EXPECTED: Record<Lang, Record<Expected, string>> = {
	nl: {
		number: 'een getal',
		text: 'tekst',
		boolean: 'waar of onwaar (true of false)',
		list: 'een lijst',
		object: 'een object',
		other: 'iets anders'
	},
	en: {
		number: 'a number',
		text: 'text',
		boolean: 'true or false',
		list: 'a list',
		object: 'an object',
		other: 'something else'
	}
};

const TEXTS: { [K in IssueKind]: Record<Lang, Render<K>> } = {
	notJson: {
		nl: () => 'Dit is geen geldig JSON-bestand.',
		en: () => 'This is not a valid JSON file.'
	},
	notObject: {
		nl: () => 'Dit is geen Verdeelwijzer-scenario (geen JSON-object).',
		en: () => 'This is not a Verdeelwijzer scenario (not a JSON object).'
	},
	wrongFormat: {
		nl: (i, w) =>
			`${w.at}: dit is geen Verdeelwijzer-scenario (verwacht ‘${i.facts.expected}’, gevonden ${w.found(i.facts.found)}).`,
		en: (i, w) =>
			`${w.at}: this is not a Verdeelwijzer scenario (expected ‘${i.facts.expected}’, found ${w.found(i.facts.found)}).`
	},
	newerVersion: {
		nl: (i, w) =>
			`${w.at}: het bestand heeft versie ${i.facts.version}, deze Verdeelwijzer leest tot en met versie ${i.facts.supported}. Gebruik een nieuwere versie van de app.`,
		en: (i, w) =>
			`${w.at}: the file has version ${i.facts.version}, this Verdeelwijzer reads up to version ${i.facts.supported}. Use a newer version of the app.`
	},
	belowMin: {
		nl: (i, w) =>
			`${w.at}: moet minstens ${w.count(i.facts.min)} zijn, maar is ${w.found(i.facts.found)}.`,
		en: (i, w) =>
			`${w.at}: must be at least ${w.count(i.facts.min)}, but is ${w.found(i.facts.found)}.`
	},
	aboveMax: {
		nl: (i, w) =>
			`${w.at}: mag hoogstens ${w.count(i.facts.max)} zijn, maar is ${w.found(i.facts.found)}.`,
		en: (i, w) =>
			`${w.at}: may be at most ${w.count(i.facts.max)}, but is ${w.found(i.facts.found)}.`
	},
	notWhole: {
		nl: (i, w) => `${w.at}: moet een geheel getal zijn, maar is ${w.found(i.facts.found)}.`,
		en: (i, w) => `${w.at}: must be a whole number, but is ${w.found(i.facts.found)}.`
	},
	notFinite: {
		nl: (i, w) => `${w.at}: moet een eindig getal zijn, maar is ${w.found(i.facts.found)}.`,
		en: (i, w) => `${w.at}: must be a finite number, but is ${w.found(i.facts.found)}.`
	},
	empty: {
		nl: (_, w) => `${w.at}: mag niet leeg zijn.`,
		en: (_, w) => `${w.at}: may not be empty.`
	},
	noMunicipalities: {
		nl: (_, w) => `${w.at}: bevat geen enkele gemeente.`,
		en: (_, w) => `${w.at}: holds no municipality at all.`
	},
	notLiteral: {
		nl: (i, w) => `${w.at}: moet ${i.facts.expected} zijn, maar is ${w.found(i.facts.found)}.`,
		en: (i, w) => `${w.at}: must be ${i.facts.expected}, but is ${w.found(i.facts.found)}.`
	},
	unknownKeyType: {
		nl: (i, w) =>
			`${w.at}: onbekende soort sleutel ${w.found(i.facts.found)}; kies inhabitants, socialStock, available of composite.`,
		en: (i, w) =>
			`${w.at}: unknown kind of key ${w.found(i.facts.found)}; choose inhabitants, socialStock, available or composite.`
	},
	unknownCapCounts: {
		nl: (i, w) =>
			`${w.at}: onbekende waarde ${w.found(i.facts.found)}; kies priority (urgenten en statushouders) of urgents (alleen urgenten).`,
		en: (i, w) =>
			`${w.at}: unknown value ${w.found(i.facts.found)}; choose priority (urgents and refugees) or urgents (urgents only).`
	},
	missing: {
		nl: (_, w) => `${w.at}: ontbreekt.`,
		en: (_, w) => `${w.at}: is missing.`
	},
	wrongType: {
		nl: (i, w) =>
			`${w.at}: moet ${EXPECTED.nl[i.facts.expected]} zijn, maar is ${w.found(i.facts.found)}.`,
		en: (i, w) =>
			`${w.at}: must be ${EXPECTED.en[i.facts.expected]}, but is ${w.found(i.facts.found)}.`
	},
	duplicateCode: {
		nl: (i, w) => `${w.at}: dezelfde code als gemeente nr. ${i.facts.first} (${i.facts.name}).`,
		en: (i, w) => `${w.at}: the same code as municipality no. ${i.facts.first} (${i.facts.name}).`
	},
	vulnerableAboveInhabitants: {
		nl: (i, w) =>
			`${w.at}: mag niet meer zijn dan het aantal inwoners (${w.count(i.facts.inhabitants)}), maar is ${w.count(i.facts.vulnerable)}.`,
		en: (i, w) =>
			`${w.at}: may not exceed the number of inhabitants (${w.count(i.facts.inhabitants)}), but is ${w.count(i.facts.vulnerable)}.`
	},
	duplicateGroup: {
		nl: (_, w) => `${w.at}: deze groep staat er al eerder in.`,
		en: (_, w) => `${w.at}: this group is already listed above.`
	},
	noInhabitants: {
		nl: (_, w) => `${w.at}: samen hebben de gemeenten geen inwoners.`,
		en: (_, w) => `${w.at}: together the municipalities have no inhabitants.`
	},
	weightsSum: {
		nl: (i, w) =>
			`${w.at}: moeten samen 100 % zijn, maar zijn samen ${w.count(i.facts.sum * 100)} %.`,
		en: (i, w) => `${w.at}: must add up to 100%, but add up to ${w.count(i.facts.sum * 100)}%.`
	},
	keyWithoutWeight: {
		nl: (_, w) =>
			`${w.at}: geen enkele gemeente heeft gewicht voor deze sleutel (alle waarden zijn 0); vul de gegevens aan of kies een andere sleutel.`,
		en: (_, w) =>
			`${w.at}: no municipality has any weight for this key (all values are 0); complete the figures or choose another key.`
	},
	duplicateProposal: {
		nl: (_, w) => `${w.at}: dit voorstel staat er al eerder in.`,
		en: (_, w) => `${w.at}: this proposal is already listed above.`
	},
	tooManyMunicipalities: {
		nl: (i, w) =>
			`${w.at}: het scenario heeft ${w.count(i.facts.count)} gemeenten; Verdeelwijzer rekent met hoogstens ${w.count(i.facts.max)}.`,
		en: (i, w) =>
			`${w.at}: the scenario has ${w.count(i.facts.count)} municipalities; Verdeelwijzer works with at most ${w.count(i.facts.max)}.`
	},
	tooManyGroups: {
		nl: (i, w) =>
			`${w.at}: het scenario heeft ${w.count(i.facts.count)} vraaggroepen; hoogstens ${w.count(i.facts.max)} kunnen.`,
		en: (i, w) =>
			`${w.at}: the scenario has ${w.count(i.facts.count)} demand groups; at most ${w.count(i.facts.max)} are possible.`
	},
	tooManyRunCells: {
		nl: (i, w) =>
			`${w.at}: runs × gemeenten × jaren is ${w.count(i.facts.cells)}; hoogstens ${w.count(i.facts.max)} is in een browser in redelijke tijd door te rekenen. Kies minder runs.`,
		en: (i, w) =>
			`${w.at}: runs × municipalities × years is ${w.count(i.facts.cells)}; at most ${w.count(i.facts.max)} can be computed in a browser in reasonable time. Choose fewer runs.`
	},
	unknownTooDeep: {
		nl: (i, w) =>
			`Scenario, onbekend veld ‘${i.facts.key}’ (${w.clip(i.path)}): is meer dan ${i.facts.max} niveaus diep genest; Verdeelwijzer bewaart onbekende velden tot ${i.facts.max} niveaus.`,
		en: (i, w) =>
			`Scenario, unknown field ‘${i.facts.key}’ (${w.clip(i.path)}): nested more than ${i.facts.max} levels deep; Verdeelwijzer keeps unknown fields up to ${i.facts.max} levels.`
	},
	unknownTooLarge: {
		nl: (i, w) =>
			`Scenario, onbekende velden (bij ‘${w.clip(i.path)}’): samen meer dan ${w.count(i.facts.maxKb)} KB; Verdeelwijzer bewaart onbekende velden tot ${w.count(i.facts.maxKb)} KB.`,
		en: (i, w) =>
			`Scenario, unknown fields (at ‘${w.clip(i.path)}’): together more than ${w.count(i.facts.maxKb)} KB; Verdeelwijzer keeps unknown fields up to ${w.count(i.facts.maxKb)} KB.`
	},
	textTooLong: {
		nl: (i, w) =>
			`Scenario, veld ‘${w.field(i.field)}’ (${w.clip(i.path)}): is ${w.count(i.facts.length)} tekens lang; hoogstens ${w.count(i.facts.max)}.`,
		en: (i, w) =>
			`Scenario, field ‘${w.field(i.field)}’ (${w.clip(i.path)}): is ${w.count(i.facts.length)} characters long; at most ${w.count(i.facts.max)}.`
	},
	fileTooLarge: {
		nl: (i, w) =>
			`Het bestand is ${w.megabytes(i.facts.bytes)} MB; een scenariobestand mag hoogstens ${w.megabytes(i.facts.max)} MB zijn.`,
		en: (i, w) =>
			`The file is ${w.megabytes(i.facts.bytes)} MB; a scenario file may be at most ${w.megabytes(i.facts.max)} MB.`
	},
	fileEmpty: {
		nl: () => 'Het bestand is leeg.',
		en: () => 'The file is empty.'
	},
	typed: { nl: (i) => i.facts.text, en: (i) => i.facts.text }
};

/** Every kind of issue, for tests that render each one. */
export const ISSUE_KINDS = Object.keys(TEXTS) as IssueKind[];

/** One issue as a sentence in `lang`, naming the place and the field. */
export function issueText(issue: ValidationIssue, lang: Lang): string {
	const f = FORMATS[lang];
	const name = (key: string) => fieldName(key, lang);
	const words = FIELD_WORD[lang];
	const label = issue.field
		? `, ${words.field} ${issue.weight ? words.weight : ''}‘${name(issue.field)}’ (${issue.field})`
		: '';
	const w: Words = {
		...f,
		at: `${PLACE[lang](issue.place)}${label}`,
		found: (x) => FOUND[lang](x, f.count),
		field: name,
		clip
	};
	return (TEXTS[issue.kind][lang] as Render<IssueKind>)(issue, w);
}

/** The first issue and how many more: "… Daarnaast nog 2 andere problemen." */
export function issuesText(issues: ValidationIssue[], lang: Lang, shown = 1): string {
	const more = issues.length - Math.min(shown, issues.length);
	const first = issues.slice(0, shown).map((i) => issueText(i, lang));
	return [...first, ...(more > 0 ? [MORE[lang](more)] : [])].join(' ');
}

const MORE: Record<Lang, (n: number) => string> = {
	nl: (n) => `Daarnaast nog ${n} ${n === 1 ? 'ander probleem' : 'andere problemen'}.`,
	en: (n) => `And ${n} other ${n === 1 ? 'problem' : 'problems'}.`
};
