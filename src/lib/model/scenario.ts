/**
 * Scenario file format v1 (scenario-format.md): parse, validate, serialize.
 *
 * `parseScenario` accepts any JSON value and returns either a scenario
 * (optional top-level parts filled with their defaults, unknown fields kept)
 * or every problem found, each in Dutch naming the field and, where it
 * applies, the municipality or demand group. The structure is checked with
 * a valibot schema built from the field table; the rules that span fields
 * (duplicate codes, weights summing to 1, a key without weight) follow.
 */
import * as v from 'valibot';
import {
	DEMAND_FIELDS,
	MUNICIPALITY_FIELDS,
	SCENARIO_FIELDS,
	fieldLabel,
	type NumberRule
} from './fields';
import { formatCount } from './format';
import { keyShares } from './keys';
import { limitIssue } from './limits';
import { COMPROMISE_RULES, type Proposal } from './proposals';
import { projectRegion } from './projection';
import { BASIC_KEYS, CAP_COUNTS, type KeySpec, type Scenario } from './types';

export const FORMAT = 'verdeelwijzer-scenario';
export const VERSION = 1;

export interface ValidationIssue {
	/** where, as a path: `municipalities[3].mutationRate` */
	path: string;
	/** the field's key, e.g. `mutationRate` */
	field: string;
	/** the municipality's code, when the problem is in one */
	municipality?: string;
	/** Dutch, naming the municipality (or group) and the field */
	message: string;
}

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
		return {
			ok: false,
			issues: [{ path: '', field: '', message: 'Dit is geen geldig JSON-bestand.' }]
		};
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
		return {
			path: '',
			field: '',
			message: 'Dit is geen Verdeelwijzer-scenario (geen JSON-object).'
		};
	}
	const { format, version } = input as Record<string, unknown>;
	if (format !== FORMAT) {
		return {
			path: 'format',
			field: 'format',
			message: `Scenario, veld ‘formaat’ (format): dit is geen Verdeelwijzer-scenario (verwacht ‘${FORMAT}’, gevonden ${describe(format)}).`
		};
	}
	if (typeof version === 'number' && Number.isInteger(version) && version > VERSION) {
		return {
			path: 'version',
			field: 'version',
			message: `Scenario, veld ‘versie’ (version): het bestand heeft versie ${version}, deze Verdeelwijzer leest tot en met versie ${VERSION}. Gebruik een nieuwere versie van de app.`
		};
	}
	return null;
}

type Issue = v.BaseIssue<unknown>;

function fromSchemaIssue(issue: Issue, input: unknown): ValidationIssue {
	// A variant reports the first mismatching option's issues nested: use the deepest one.
	const deepest = issue.issues?.length ? issue.issues[0] : issue;
	const keys = (deepest.path ?? issue.path ?? []).map((p) => p.key as string | number);
	return located(keys, input, problem(deepest, keys[keys.length - 1]));
}

function located(keys: (string | number)[], input: unknown, what: string): ValidationIssue {
	const path = keys
		.map((k, i) => (typeof k === 'number' ? `[${k}]` : i === 0 ? k : `.${k}`))
		.join('');
	const field = String([...keys].reverse().find((k) => typeof k === 'string') ?? '');
	const root = input as Record<string, unknown>;
	let where = 'Scenario';
	let municipality: string | undefined;
	if (keys[0] === 'municipalities' && typeof keys[1] === 'number') {
		const m = (root.municipalities as Record<string, unknown>[])[keys[1]] ?? {};
		const name = typeof m.name === 'string' && m.name.trim() ? m.name : null;
		const code = typeof m.code === 'string' && m.code.trim() ? m.code : null;
		municipality = code ?? undefined;
		where = name
			? `Gemeente ${name}${code ? ` (${code})` : ''}`
			: code
				? `Gemeente ${code}`
				: `Gemeente nr. ${keys[1] + 1}`;
	} else if (keys[0] === 'demand' && typeof keys[1] === 'number') {
		const g = (root.demand as Record<string, unknown>[])[keys[1]] ?? {};
		where =
			typeof g.group === 'string' && g.group
				? `Vraaggroep ‘${g.group}’`
				: `Vraaggroep nr. ${keys[1] + 1}`;
	} else if (keys[0] === 'proposals' && typeof keys[1] === 'number') {
		const p = (root.proposals as Record<string, unknown>[])[keys[1]] ?? {};
		where =
			typeof p.name === 'string' && p.name.trim()
				? `Voorstel ‘${p.name}’`
				: `Voorstel nr. ${keys[1] + 1}`;
	}
	const weight = keys[keys.length - 2] === 'weights' ? 'gewicht ' : '';
	const label = field ? `, veld ${weight}‘${fieldLabel(field)}’ (${field})` : '';
	const issue: ValidationIssue = { path, field, message: `${where}${label}: ${what}.` };
	if (municipality) issue.municipality = municipality;
	return issue;
}

function problem(issue: Issue, field?: string | number): string {
	const found = describe(issue.input);
	if (field === 'capCounts' && issue.input !== undefined) {
		return `onbekende waarde ${found}; kies priority (urgenten en statushouders) of urgents (alleen urgenten)`;
	}
	switch (issue.type) {
		case 'min_value':
			return `moet minstens ${formatCount(issue.requirement as number)} zijn, maar is ${found}`;
		case 'max_value':
			return `mag hoogstens ${formatCount(issue.requirement as number)} zijn, maar is ${found}`;
		case 'check': // the only check is "whole number"
			return `moet een geheel getal zijn, maar is ${found}`;
		case 'finite':
			return `moet een eindig getal zijn, maar is ${found}`;
		case 'non_empty':
			return 'mag niet leeg zijn';
		case 'min_length':
			return 'bevat geen enkele gemeente';
		case 'literal':
			return `moet ${issue.expected} zijn, maar is ${found}`;
		case 'picklist':
		case 'variant':
			return `onbekende soort sleutel ${found}; kies inhabitants, socialStock, available of composite`;
	}
	if (issue.input === undefined) return 'ontbreekt';
	const kind: Record<string, string> = {
		number: 'een getal',
		string: 'tekst',
		boolean: 'waar of onwaar (true of false)',
		array: 'een lijst',
		object: 'een object',
		loose_object: 'een object'
	};
	return `moet ${kind[issue.type] ?? issue.expected ?? 'iets anders'} zijn, maar is ${found}`;
}

function describe(x: unknown): string {
	if (x === undefined) return 'leeg';
	if (x === null) return 'null';
	if (typeof x === 'number') return Number.isNaN(x) ? 'geen getal' : formatCount(x);
	if (typeof x === 'string') return `‘${x.length > 40 ? x.slice(0, 40) + '…' : x}’`;
	if (Array.isArray(x)) return 'een lijst';
	if (typeof x === 'object') return 'een object';
	return String(x);
}

function crossFieldIssues(s: Scenario): ValidationIssue[] {
	const issues: ValidationIssue[] = [];
	const at = (keys: (string | number)[], what: string) => issues.push(located(keys, s, what));

	const seen = new Map<string, number>();
	s.municipalities.forEach((m, i) => {
		const first = seen.get(m.code);
		if (first !== undefined) {
			at(
				['municipalities', i, 'code'],
				`dezelfde code als gemeente nr. ${first + 1} (${s.municipalities[first]!.name})`
			);
		} else seen.set(m.code, i);
		if (m.vulnerable !== undefined && m.vulnerable > m.inhabitants) {
			at(
				['municipalities', i, 'vulnerable'],
				`mag niet meer zijn dan het aantal inwoners (${formatCount(m.inhabitants)}), maar is ${formatCount(m.vulnerable)}`
			);
		}
	});
	const groups = new Set<string>();
	s.demand.forEach((g, i) => {
		if (groups.has(g.group)) at(['demand', i, 'group'], 'deze groep staat er al eerder in');
		groups.add(g.group);
	});
	if (issues.length) return issues;

	const base = projectRegion(s.municipalities, 0)[0]!;
	if (!(base.inhabitants.reduce((a, b) => a + b, 0) > 0)) {
		at(['municipalities'], 'samen hebben de gemeenten geen inwoners');
	}
	const checkKey = (key: KeySpec, keys: (string | number)[]) => {
		if (key.type === 'composite') {
			const sum = BASIC_KEYS.reduce((a, k) => a + key.weights[k], 0);
			if (Math.abs(sum - 1) > 1e-6) {
				at(
					[...keys, 'weights'],
					`moeten samen 100 % zijn, maar zijn samen ${formatCount(sum * 100)} %`
				);
				return;
			}
		}
		if (!keyShares(key, base!)) {
			at(
				[...keys, 'type'],
				'geen enkele gemeente heeft gewicht voor deze sleutel (alle waarden zijn 0); vul de gegevens aan of kies een andere sleutel'
			);
		}
	};
	checkKey(s.key, ['key']);
	if (s.fairShareKey) checkKey(s.fairShareKey, ['fairShareKey']);
	s.demand.forEach((g, i) => g.key && checkKey(g.key, ['demand', i, 'key']));
	const ids = new Set<string>();
	((s.proposals ?? []) as Proposal[]).forEach((p, i) => {
		if (ids.has(p.id)) at(['proposals', i, 'id'], 'dit voorstel staat er al eerder in');
		ids.add(p.id);
		checkKey(p.key, ['proposals', i, 'key']);
		if (p.fairShareKey) checkKey(p.fairShareKey, ['proposals', i, 'fairShareKey']);
	});
	return issues;
}
