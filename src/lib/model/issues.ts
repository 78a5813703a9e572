/**
 * What is wrong with a scenario, as facts: where (the scenario, or which
 * municipality, demand group or proposal), which field, the kind of problem
 * and its figures. No words: i18n/issues.ts says each kind in Dutch and
 * English from one table, and the headless run prints the Dutch.
 */

/** Where a problem sits; a name or code is given when the file has one. */
export type IssuePlace =
	| { in: 'scenario' }
	| { in: 'municipality'; number: number; name?: string; code?: string }
	| { in: 'group'; number: number; group?: string }
	| { in: 'proposal'; number: number; name?: string };

/** A value as the file has it, for the message ("is ‘abc’", "is leeg"). */
export type Found =
	| { is: 'missing' }
	| { is: 'null' }
	| { is: 'nan' }
	| { is: 'number'; value: number }
	| { is: 'text'; value: string }
	| { is: 'list' }
	| { is: 'object' }
	| { is: 'other'; value: string };

/** The type a field should have had. */
export type Expected = 'number' | 'text' | 'boolean' | 'list' | 'object' | 'other';

/** The facts of each kind of problem. */
export interface IssueFacts {
	/** the text is not JSON */
	notJson: object;
	/** the JSON is not an object */
	notObject: object;
	/** format is not ours */
	wrongFormat: { expected: string; found: Found };
	/** a version newer than this app reads */
	newerVersion: { version: number; supported: number };
	belowMin: { min: number; found: Found };
	aboveMax: { max: number; found: Found };
	notWhole: { found: Found };
	notFinite: { found: Found };
	empty: object;
	noMunicipalities: object;
	notLiteral: { expected: string; found: Found };
	unknownKeyType: { found: Found };
	unknownCapCounts: { found: Found };
	missing: object;
	wrongType: { expected: Expected; found: Found };
	/** the same code as an earlier municipality (1-based number) */
	duplicateCode: { first: number; name: string };
	vulnerableAboveInhabitants: { inhabitants: number; vulnerable: number };
	duplicateGroup: object;
	noInhabitants: object;
	/** a composite key's weights do not sum to 1 */
	weightsSum: { sum: number };
	keyWithoutWeight: object;
	duplicateProposal: object;
	// The limits of limits.ts.
	tooManyMunicipalities: { count: number; max: number };
	tooManyGroups: { count: number; max: number };
	tooManyRunCells: { cells: number; max: number };
	/** a kept unknown field nested deeper than `max` levels */
	unknownTooDeep: { key: string; max: number };
	/** the kept unknown fields together larger than `maxKb` */
	unknownTooLarge: { maxKb: number };
	textTooLong: { length: number; max: number };
	// The file itself (io/scenarioFile.ts).
	fileTooLarge: { bytes: number; max: number };
	fileEmpty: object;
	/** a typed value the UI refused before it became a scenario, worded there (i18n/refusals.ts) */
	typed: { text: string };
}

export type IssueKind = keyof IssueFacts;

interface IssueBase {
	/** where, as a path: `municipalities[3].mutationRate` */
	path: string;
	/** the field's key, e.g. `mutationRate` ('' for the file as a whole) */
	field: string;
	/** the municipality's code, when the problem is in one */
	municipality?: string;
	place: IssuePlace;
	/** the field is one of a composite key's weights */
	weight?: boolean;
}

/** One problem: where, the kind and its facts (a union, so `facts` follows `kind`). */
export type ValidationIssue = {
	[K in IssueKind]: IssueBase & { kind: K; facts: IssueFacts[K] };
}[IssueKind];

/** An issue about the file or the scenario as a whole. */
export function scenarioIssue<K extends IssueKind>(
	kind: K,
	facts: IssueFacts[K],
	path = '',
	field = path
): ValidationIssue {
	return { path, field, place: { in: 'scenario' }, kind, facts } as ValidationIssue;
}

/** A value as found, strings clipped to 40 characters. */
export function found(x: unknown): Found {
	if (x === undefined) return { is: 'missing' };
	if (x === null) return { is: 'null' };
	if (typeof x === 'number') return Number.isNaN(x) ? { is: 'nan' } : { is: 'number', value: x };
	if (typeof x === 'string') return { is: 'text', value: x.length > 40 ? x.slice(0, 40) + '…' : x };
	if (Array.isArray(x)) return { is: 'list' };
	if (typeof x === 'object') return { is: 'object' };
	return { is: 'other', value: String(x) };
}
