/**
 * Every kind of message the model and io give (validation issues, import,
 * share-link and storage problems, model warnings) has a Dutch and an
 * English text, and the English has no Dutch in it. The sample tables are
 * typed over the kinds, so a new kind without a sample fails the type check
 * here as a kind without a text fails it in i18n.
 */
import { describe, expect, test } from 'vitest';
import { ISSUE_KINDS, issueText } from '$lib/i18n/issues';
import { PROBLEM_KINDS, problemText, type Problem, type ProblemKind } from '$lib/i18n/problems';
import { warningText } from '$lib/i18n/warnings';
import type { Lang } from '$lib/i18n/locale';
import type { IssueFacts, IssueKind, IssuePlace, ValidationIssue } from '$lib/model/issues';
import type { ModelWarning, SimulationResult, WarningKind } from '$lib/model/types';

/** Dutch words that must never reach an English text (names of places aside). */
const DUTCH =
	/\b(de|het|een|niet|geen|gemeente|gemeenten|veld|regel|bestand|moet|mag|zijn|maar|onbekende?|vraaggroep|voorstel|kopregel|opgeslagen|huishoudens|jaar|leeg|hoogstens|minstens)\b/i;

const text = { is: 'text', value: 'abc' } as const;

const ISSUES: { [K in IssueKind]: IssueFacts[K] } = {
	notJson: {},
	notObject: {},
	wrongFormat: { expected: 'verdeelwijzer-scenario', found: text },
	newerVersion: { version: 3, supported: 1 },
	belowMin: { min: 0, found: { is: 'number', value: -5 } },
	aboveMax: { max: 1, found: { is: 'number', value: 2 } },
	notWhole: { found: { is: 'number', value: 1.5 } },
	notFinite: { found: { is: 'nan' } },
	empty: {},
	noMunicipalities: {},
	notLiteral: { expected: '1', found: { is: 'null' } },
	unknownKeyType: { found: text },
	unknownCapCounts: { found: text },
	missing: {},
	wrongType: { expected: 'number', found: { is: 'missing' } },
	duplicateCode: { first: 1, name: 'Assen' },
	vulnerableAboveInhabitants: { inhabitants: 1000, vulnerable: 2000 },
	duplicateGroup: {},
	noInhabitants: {},
	weightsSum: { sum: 1.1 },
	keyWithoutWeight: {},
	duplicateProposal: {},
	tooManyMunicipalities: { count: 2001, max: 2000 },
	tooManyGroups: { count: 51, max: 50 },
	tooManyRunCells: { cells: 2e7, max: 1e7 },
	unknownTooDeep: { key: 'x', max: 16 },
	unknownTooLarge: { maxKb: 64 },
	textTooLong: { length: 250, max: 200 },
	fileTooLarge: { bytes: 6e6, max: 5e6 },
	fileEmpty: {},
	typed: { text: 'own words of the UI' }
};

/** Kinds that pass a text through that was already worded in the UI's language. */
const PASSED_THROUGH = new Set<string>(['typed', 'workbook']);

const PLACES: IssuePlace[] = [
	{ in: 'scenario' },
	{ in: 'municipality', number: 3, name: 'Assen', code: 'GM0106' },
	{ in: 'municipality', number: 3, code: 'GM0106' },
	{ in: 'municipality', number: 3 },
	{ in: 'group', number: 2, group: 'medisch' },
	{ in: 'group', number: 2 },
	{ in: 'proposal', number: 1, name: 'Plan A' },
	{ in: 'proposal', number: 1 }
];

const issue = (kind: IssueKind, place: IssuePlace, field = 'mutationRate'): ValidationIssue =>
	({ path: `x.${field}`, field, place, kind, facts: ISSUES[kind] }) as ValidationIssue;

const sampleIssue = issue('belowMin', PLACES[1]!);
const at = { line: 4, name: 'Assen', code: 'GM0106', matched: true };

const PROBLEMS: { [K in ProblemKind]: Extract<Problem, { kind: K }> } = {
	fileTooLarge: { kind: 'fileTooLarge', bytes: 12e6, max: 10e6 },
	fileEmpty: { kind: 'fileEmpty' },
	oldExcel: { kind: 'oldExcel' },
	notATable: { kind: 'notATable' },
	jsonFile: { kind: 'jsonFile' },
	xlsxUnreadable: { kind: 'xlsxUnreadable' },
	xlsxUnpacksTooLarge: {
		kind: 'xlsxUnpacksTooLarge',
		megabytes: null,
		entries: 2000,
		maxMegabytes: 50,
		maxEntries: 1000
	},
	workbook: { kind: 'workbook', message: 'worded by the worker client' },
	workbookTooLarge: { kind: 'workbookTooLarge', bytes: 60 * 1024 * 1024, max: 50 * 1024 * 1024 },
	tooManyCells: { kind: 'tooManyCells', cells: 400000, max: 300000 },
	oneColumn: { kind: 'oneColumn' },
	noIdColumn: { kind: 'noIdColumn' },
	duplicateColumns: { kind: 'duplicateColumns', a: 'A', b: 'B', field: 'code' },
	noDataColumn: { kind: 'noDataColumn' },
	noDataRows: { kind: 'noDataRows' },
	tooManyRows: { kind: 'tooManyRows', rows: 3000, max: 2000 },
	noRowInRegion: { kind: 'noRowInRegion' },
	rowNoId: { kind: 'rowNoId', line: 3 },
	rowCodeNameMismatch: {
		kind: 'rowCodeNameMismatch',
		line: 3,
		code: 'GM0106',
		codeName: 'Assen',
		name: 'Emmen'
	},
	rowNameAmbiguous: { kind: 'rowNameAmbiguous', line: 3, name: 'Bergen' },
	rowUnknown: { kind: 'rowUnknown', at: { line: 3, name: '', code: 'GM9999', matched: false } },
	rowDuplicate: { kind: 'rowDuplicate', at, earlier: 2 },
	rowShifted: { kind: 'rowShifted', line: 3, cells: 5, headerCells: 4, commaSeparated: true },
	cell: {
		kind: 'cell',
		at,
		field: 'socialShare',
		problem: { is: 'aboveMax', max: 1, value: 1.5, share: true }
	},
	scenario: { kind: 'scenario', line: 4, issue: sampleIssue },
	linkUnreadable: { kind: 'linkUnreadable' },
	linkDamaged: { kind: 'linkDamaged' },
	linkTooLong: { kind: 'linkTooLong', length: 300000, max: 200000 },
	linkEmpty: { kind: 'linkEmpty' },
	linkUnpacksTooLarge: { kind: 'linkUnpacksTooLarge', max: 5 * 1024 * 1024 },
	linkNotText: { kind: 'linkNotText' },
	linkNotJson: { kind: 'linkNotJson' },
	linkTooDeep: { kind: 'linkTooDeep' },
	linkInvalid: {
		kind: 'linkInvalid',
		issues: [sampleIssue, sampleIssue, sampleIssue, sampleIssue]
	},
	savedIncomplete: { kind: 'savedIncomplete', name: 'Plan' },
	savedInvalid: { kind: 'savedInvalid', name: 'Plan', issues: [sampleIssue, sampleIssue] },
	workingIncomplete: { kind: 'workingIncomplete' },
	workingInvalid: { kind: 'workingInvalid', issues: [sampleIssue] },
	workingUnreadable: { kind: 'workingUnreadable' },
	previousWorkingRestored: { kind: 'previousWorkingRestored' },
	baselineLost: { kind: 'baselineLost' },
	storageUnavailable: { kind: 'storageUnavailable', reason: 'blocked' },
	lastWriteFailed: { kind: 'lastWriteFailed' },
	mapUnavailable: { kind: 'mapUnavailable' }
};

/** Every cell problem inside an import row, each in both languages. */
const CELL_PROBLEMS: Extract<Problem, { kind: 'cell' }>['problem'][] = [
	{ is: 'notFinite' },
	{ is: 'date', text: '2024-01-01' },
	{ is: 'notANumber', text: 'abc' },
	{ is: 'tooLarge', text: '1e999' },
	{ is: 'percentForCount', text: '5%' },
	{ is: 'notWhole', value: 1.5, share: false },
	{ is: 'belowMin', min: 0, value: -1, share: false },
	{ is: 'aboveMax', max: 1, value: 1.5, share: true }
];

const WARNINGS: { [K in WarningKind]: Extract<ModelWarning, { kind: K }> } = {
	unplaced: { kind: 'unplaced', year: 2027, codes: [], amount: 3 },
	floorsScaled: { kind: 'floorsScaled', year: 2027, codes: [] },
	noRelettings: { kind: 'noRelettings', year: 2027, codes: ['GM0106'] },
	overCap: {
		kind: 'overCap',
		year: 2027,
		codes: ['GM0106'],
		capShare: 0.3,
		capCounts: 'priority'
	},
	keyWithoutWeight: { kind: 'keyWithoutWeight', year: 2027, codes: [], key: 'available' },
	roomWithoutWeight: { kind: 'roomWithoutWeight', year: 2027, codes: ['GM0106'], amount: 2 },
	maxBelowMin: { kind: 'maxBelowMin', year: 2027, codes: ['GM0106'] },
	overMaximum: { kind: 'overMaximum', year: 2027, codes: ['GM0106'] }
};

function bothLanguages(render: (lang: Lang) => string, passedThrough = false) {
	const nl = render('nl');
	const en = render('en');
	expect(nl.trim()).not.toBe('');
	expect(en.trim()).not.toBe('');
	expect(en).not.toMatch(DUTCH);
	if (!passedThrough) expect(en).not.toBe(nl);
	return { nl, en };
}

describe('validation issues (model/issues.ts) in Dutch and English', () => {
	test('the table has a text for every kind the samples list, and no more', () => {
		expect([...ISSUE_KINDS].sort()).toEqual(Object.keys(ISSUES).sort());
	});

	test.each(Object.keys(ISSUES) as IssueKind[])('%s', (kind) => {
		for (const place of PLACES) {
			bothLanguages((lang) => issueText(issue(kind, place), lang), PASSED_THROUGH.has(kind));
		}
	});

	test('the place and the field are named in both languages', () => {
		const { nl, en } = bothLanguages((lang) => issueText(sampleIssue, lang));
		expect(nl).toBe(
			'Gemeente Assen (GM0106), veld ‘mutatiegraad’ (mutationRate): moet minstens 0 zijn, maar is -5.'
		);
		expect(en).toBe(
			'Municipality Assen (GM0106), field ‘mutation rate’ (mutationRate): must be at least 0, but is -5.'
		);
	});

	test('every field key has a name of its own in both languages', () => {
		for (const field of ['gamma', 'capCounts', 'perYear', 'weights', 'minPerYear', 'agreed']) {
			const { en } = bothLanguages((lang) => issueText(issue('missing', PLACES[0]!, field), lang));
			expect(en).toContain(`(${field})`);
		}
	});
});

describe('import, share-link, storage and map problems (i18n/problems.ts) in Dutch and English', () => {
	test('the table has a text for every kind the samples list, and no more', () => {
		expect([...PROBLEM_KINDS].sort()).toEqual(Object.keys(PROBLEMS).sort());
	});

	test.each(Object.keys(PROBLEMS) as ProblemKind[])('%s', (kind) => {
		bothLanguages((lang) => problemText(PROBLEMS[kind], lang), PASSED_THROUGH.has(kind));
	});

	test.each(CELL_PROBLEMS.map((p) => [p.is, p] as const))('cell: %s', (_, problem) => {
		const { nl, en } = bothLanguages((lang) =>
			problemText({ kind: 'cell', at, field: 'dwellings', problem }, lang)
		);
		expect(nl).toMatch(/^Regel 4, gemeente Assen \(GM0106\), veld ‘woningvoorraad’: /);
		expect(en).toMatch(/^Line 4, municipality Assen \(GM0106\), field ‘dwelling stock’: /);
	});

	test('a refused link says so first and that the open scenario stays, in both languages', () => {
		const { nl, en } = bothLanguages((lang) => problemText({ kind: 'linkEmpty' }, lang));
		expect(nl).toMatch(/^Deze deellink kan niet worden geopend: .* blijft open\.$/);
		expect(en).toMatch(/^This share link cannot be opened: .* stays open\.$/);
	});
});

describe('model warnings (i18n/warnings.ts) in Dutch and English', () => {
	const result = {
		codes: ['GM0106'],
		names: ['Assen'],
		warnings: []
	} as unknown as SimulationResult;
	test.each(Object.keys(WARNINGS) as WarningKind[])('%s', (kind) => {
		bothLanguages((lang) => warningText(WARNINGS[kind], result, lang));
	});
});
