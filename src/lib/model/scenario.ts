/**
 * Scenario file format v1 (scenario-format.md): parse, validate, serialize.
 *
 * `parseScenario` accepts any JSON value and returns either a scenario
 * (optional top-level parts filled with their defaults, unknown fields kept)
 * or every problem found, each as facts naming the field and, where it
 * applies, the municipality or demand group (i18n/issues.ts words them). The structure is checked with
 * a valibot schema built from the field table; the rules that span fields
 * (duplicate codes, weights summing to 1, a key without weight) follow.
 */
import * as v from 'valibot';
import { DEMAND_FIELDS, MUNICIPALITY_FIELDS, SCENARIO_FIELDS, type NumberRule } from './fields';
import {
	found,
	scenarioIssue,
	type IssueFacts,
	type IssueKind,
	type IssuePlace,
	type ValidationIssue
} from './issues';
import { keyShares } from './keys';
import { limitIssue } from './limits';
import { COMPROMISE_RULES, type Proposal } from './proposals';
import { projectRegion } from './projection';
import { BASIC_KEYS, CAP_COUNTS, type KeySpec, type Scenario } from './types';

export const FORMAT = 'verdeelwijzer-scenario';
export const VERSION = 1;

export type { ValidationIssue } from './issues';

export type ParseResult =
	{ ok: true; scenario: Scenario } | { ok: false; issues: ValidationIssue[] };

function numberSchema(rule: NumberRule) {
	return v.pipe(
		v.number(),
		v.finite(),
		v.check((x) => !rule.integer || Number.isInteger(x), 'integer'),
		v.minValue<number, number>(rule.min),
		v.maxValue<number, number>(rule.max)
	);
}

function numbers<T extends Record<string, NumberRule>>(table: T) {
	return Object.fromEntries(
		Object.entries(table).map(([k, rule]) => [
			k,
			rule.optional ? v.optional(numberSchema(rule)) : numberSchema(rule)
		])
	) as { [K in keyof T]: ReturnType<typeof numberSchema> };
}

const text = v.pipe(v.string(), v.trim(), v.nonEmpty());
const weight = numberSchema(SCENARIO_FIELDS.weight);

// Loose: fields another version adds to a key survive a load and save.
const keySchema = v.variant('type', [
	v.looseObject({ type: v.picklist(['inhabitants', 'socialStock', 'available']) }),
	v.looseObject({
		type: v.literal('composite'),
		weights: v.looseObject({ inhabitants: weight, socialStock: weight, available: weight })
	})
]);

const municipalitySchema = v.looseObject({
	code: text,
	name: text,
	...numbers(MUNICIPALITY_FIELDS)
});

const demandSchema = v.looseObject({
	group: text,
	distributable: v.boolean(),
	statushouders: v.optional(v.boolean()),
	key: v.optional(keySchema),
	...numbers(DEMAND_FIELDS)
});

const S = SCENARIO_FIELDS;

// A negotiation's proposals (proposals.ts): settings only, each with a name and who brings it.
const proposalSchema = v.looseObject({
	id: text,
	name: text,
	by: v.string(),
	key: keySchema,
	fairShareKey: v.nullable(keySchema),
	growthPath: v.looseObject({
		years: numberSchema(S.growthPathYears),
		gamma: numberSchema(S.gamma)
	}),
	bounds: v.looseObject({
		capShare: v.nullable(numberSchema(S.capShare)),
		floorShare: numberSchema(S.floorShare),
		capCounts: v.optional(v.picklist(CAP_COUNTS))
	}),
	pricePerHousehold: numberSchema(S.pricePerHousehold),
	limits: v.record(
		v.string(),
		v.looseObject({
			minPerYear: v.optional(numberSchema(MUNICIPALITY_FIELDS.minPerYear)),
			maxPerYear: v.optional(numberSchema(MUNICIPALITY_FIELDS.maxPerYear))
		})
	),
	rule: v.optional(v.picklist(COMPROMISE_RULES)),
	agreed: v.optional(v.pipe(v.string(), v.isoDate()))
});

const scenarioSchema = v.looseObject({
	format: v.literal(FORMAT),
	version: v.literal(VERSION),
	name: v.optional(v.string(), ''),
	baseYear: numberSchema(S.baseYear),
	horizonYears: numberSchema(S.horizonYears),
	municipalities: v.pipe(v.array(municipalitySchema), v.minLength(1)),
	demand: v.array(demandSchema),
	key: keySchema,
	fairShareKey: v.optional(v.nullable(keySchema), null),
	growthPath: v.optional(
		v.looseObject({ years: numberSchema(S.growthPathYears), gamma: numberSchema(S.gamma) }),
		{ years: 0, gamma: 1 }
	),
	bounds: v.optional(
		v.looseObject({
			capShare: v.nullable(numberSchema(S.capShare)),
			floorShare: v.optional(numberSchema(S.floorShare), 0),
			capCounts: v.optional(v.picklist(CAP_COUNTS))
		}),
		{ capShare: null, floorShare: 0 }
	),
	compensation: v.optional(
		v.looseObject({ pricePerHousehold: numberSchema(S.pricePerHousehold) }),
		{
			pricePerHousehold: 0
		}
	),
	uncertainty: v.optional(
		v.looseObject({
			runs: v.optional(numberSchema(S.runs), 0),
			seed: v.optional(numberSchema(S.seed), 1),
			mutationRateSd: v.optional(numberSchema(S.mutationRateSd as NumberRule))
		}),
		{ runs: 0, seed: 1 }
	),
	personsPerUrgentHousehold: v.optional(numberSchema(S.personsPerUrgentHousehold)),
	proposals: v.optional(v.array(proposalSchema)),
	// Where a generated scenario came from; something else under this name is dropped, not refused.
	region: v.fallback(
		v.optional(
			v.looseObject({
				id: v.optional(v.string()),
				label: v.optional(v.string()),
				kind: v.optional(v.string())
			})
		),
		undefined
	)
});

export function parseScenario(input: unknown): ParseResult {
	// The limits first: nothing else walks a document before they hold (limits.ts).
	const early = checkFormat(input) ?? limitIssue(input);
	if (early) return { ok: false, issues: [early] };
	const parsed = v.safeParse(scenarioSchema, input);
	if (!parsed.success) {
		return { ok: false, issues: parsed.issues.map((issue) => fromSchemaIssue(issue, input)) };
	}
	const scenario = parsed.output as unknown as Scenario;
	const issues = crossFieldIssues(scenario);
	return issues.length ? { ok: false, issues } : { ok: true, scenario };
}

/** Parse JSON text; a syntax error becomes an issue like any other. */
export function parseScenarioText(text: string): ParseResult {
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch {
		return { ok: false, issues: [scenarioIssue('notJson', {})] };
	}
	return parseScenario(json);
}

/** The file text of a scenario: format and version first, unknown fields kept. */
export function serializeScenario(scenario: Scenario): string {
	const { format, version, ...rest } = scenario;
	return JSON.stringify({ format, version, ...rest }, null, 2) + '\n';
}

function checkFormat(input: unknown): ValidationIssue | null {
	if (typeof input !== 'object' || input === null || Array.isArray(input)) {
		return scenarioIssue('notObject', {});
	}
	const { format, version } = input as Record<string, unknown>;
	if (format !== FORMAT) {
		return scenarioIssue('wrongFormat', { expected: FORMAT, found: found(format) }, 'format');
	}
	if (typeof version === 'number' && Number.isInteger(version) && version > VERSION) {
		return scenarioIssue('newerVersion', { version, supported: VERSION }, 'version');
	}
	return null;
}

type Issue = v.BaseIssue<unknown>;
/** A kind with its facts, before it is placed. */
type What = { [K in IssueKind]: { kind: K; facts: IssueFacts[K] } }[IssueKind];

function fromSchemaIssue(issue: Issue, input: unknown): ValidationIssue {
	// A variant reports the first mismatching option's issues nested: use the deepest one.
	const deepest = issue.issues?.length ? issue.issues[0]! : issue;
	const keys = (deepest.path ?? issue.path ?? []).map((p) => p.key as string | number);
	return located(keys, input, problem(deepest, keys[keys.length - 1]));
}

const nonBlank = (x: unknown) => (typeof x === 'string' && x.trim() ? x : undefined);

function located(keys: (string | number)[], input: unknown, what: What): ValidationIssue {
	const path = keys
		.map((k, i) => (typeof k === 'number' ? `[${k}]` : i === 0 ? k : `.${k}`))
		.join('');
	const field = String([...keys].reverse().find((k) => typeof k === 'string') ?? '');
	const root = input as Record<string, unknown>;
	const index = keys[1];
	let place: IssuePlace = { in: 'scenario' };
	if (typeof index === 'number') {
		const item = ((root[keys[0]!] as Record<string, unknown>[])[index] ?? {}) as Record<
			string,
			unknown
		>;
		const number = index + 1;
		if (keys[0] === 'municipalities') {
			place = { in: 'municipality', number, name: nonBlank(item.name), code: nonBlank(item.code) };
		} else if (keys[0] === 'demand') {
			const group = typeof item.group === 'string' && item.group ? item.group : undefined;
			place = { in: 'group', number, group };
		} else if (keys[0] === 'proposals') {
			place = { in: 'proposal', number, name: nonBlank(item.name) };
		}
	}
	const issue = { path, field, place, ...what } as ValidationIssue;
	if (place.in === 'municipality' && place.code) issue.municipality = place.code;
	if (keys[keys.length - 2] === 'weights') issue.weight = true;
	return issue;
}

function problem(issue: Issue, field?: string | number): What {
	const was = found(issue.input);
	if (field === 'capCounts' && issue.input !== undefined) {
		return { kind: 'unknownCapCounts', facts: { found: was } };
	}
	switch (issue.type) {
		case 'min_value':
			return { kind: 'belowMin', facts: { min: issue.requirement as number, found: was } };
		case 'max_value':
			return { kind: 'aboveMax', facts: { max: issue.requirement as number, found: was } };
		case 'check': // the only check is "whole number"
			return { kind: 'notWhole', facts: { found: was } };
		case 'finite':
			return { kind: 'notFinite', facts: { found: was } };
		case 'non_empty':
			return { kind: 'empty', facts: {} };
		case 'min_length':
			return { kind: 'noMunicipalities', facts: {} };
		case 'literal':
			return { kind: 'notLiteral', facts: { expected: issue.expected ?? '', found: was } };
		case 'picklist':
		case 'variant':
			return { kind: 'unknownKeyType', facts: { found: was } };
	}
	if (issue.input === undefined) return { kind: 'missing', facts: {} };
	const expected: Record<string, 'number' | 'text' | 'boolean' | 'list' | 'object'> = {
		number: 'number',
		string: 'text',
		boolean: 'boolean',
		array: 'list',
		object: 'object',
		loose_object: 'object'
	};
	return { kind: 'wrongType', facts: { expected: expected[issue.type] ?? 'other', found: was } };
}

function crossFieldIssues(s: Scenario): ValidationIssue[] {
	const issues: ValidationIssue[] = [];
	const at = (keys: (string | number)[], what: What) => issues.push(located(keys, s, what));

	const seen = new Map<string, number>();
	s.municipalities.forEach((m, i) => {
		const first = seen.get(m.code);
		if (first !== undefined) {
			at(['municipalities', i, 'code'], {
				kind: 'duplicateCode',
				facts: { first: first + 1, name: s.municipalities[first]!.name }
			});
		} else seen.set(m.code, i);
		if (m.vulnerable !== undefined && m.vulnerable > m.inhabitants) {
			at(['municipalities', i, 'vulnerable'], {
				kind: 'vulnerableAboveInhabitants',
				facts: { inhabitants: m.inhabitants, vulnerable: m.vulnerable }
			});
		}
	});
	const groups = new Set<string>();
	s.demand.forEach((g, i) => {
		if (groups.has(g.group)) at(['demand', i, 'group'], { kind: 'duplicateGroup', facts: {} });
		groups.add(g.group);
	});
	if (issues.length) return issues;

	const base = projectRegion(s.municipalities, 0)[0]!;
	if (!(base.inhabitants.reduce((a, b) => a + b, 0) > 0)) {
		at(['municipalities'], { kind: 'noInhabitants', facts: {} });
	}
	const checkKey = (key: KeySpec, keys: (string | number)[]) => {
		if (key.type === 'composite') {
			const sum = BASIC_KEYS.reduce((a, k) => a + key.weights[k], 0);
			if (Math.abs(sum - 1) > 1e-6) {
				at([...keys, 'weights'], { kind: 'weightsSum', facts: { sum } });
				return;
			}
		}
		if (!keyShares(key, base!)) {
			at([...keys, 'type'], { kind: 'keyWithoutWeight', facts: {} });
		}
	};
	checkKey(s.key, ['key']);
	if (s.fairShareKey) checkKey(s.fairShareKey, ['fairShareKey']);
	s.demand.forEach((g, i) => g.key && checkKey(g.key, ['demand', i, 'key']));
	const ids = new Set<string>();
	((s.proposals ?? []) as Proposal[]).forEach((p, i) => {
		if (ids.has(p.id)) at(['proposals', i, 'id'], { kind: 'duplicateProposal', facts: {} });
		ids.add(p.id);
		checkKey(p.key, ['proposals', i, 'key']);
		if (p.fairShareKey) checkKey(p.fairShareKey, ['proposals', i, 'fairShareKey']);
	});
	return issues;
}
