/**
 * Scenario file format v1 (scenario-format.md): what `parseScenario` refuses
 * and how it says so, the defaults it fills, and a round trip through
 * `serializeScenario` that keeps fields this version does not know.
 */
import { describe, expect, test } from 'vitest';
import { fieldName } from '$lib/i18n/fieldNames';
import { parseScenario, parseScenarioText, serializeScenario } from '$lib/model/scenario';
import type { Scenario } from '$lib/model/types';
import { bijlage5 } from './helpers';
import { issueText } from '$lib/i18n/issues';

/** A composite key with these weights on inhabitants, social stock and available dwellings. */
const composite = (inhabitants: number, socialStock: number, available: number) => ({
	type: 'composite' as const,
	weights: { inhabitants, socialStock, available }
});

// Loosely typed so a case can break the scenario in any way a file could.
type Draft = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const draft = () => bijlage5() as unknown as Draft;

interface Invalid {
	what: string;
	change: (s: Draft) => void;
	/** the field's key, as the message names it in brackets */
	field: string;
	/** its Dutch label (fields.ts) */
	label: string;
	/** the municipality's name, for municipality fields */
	municipality?: string;
}

const invalid: Invalid[] = [
	{
		what: 'another format',
		change: (s) => (s.format = 'ander-programma'),
		field: 'format',
		label: 'formaat'
	},
	{ what: 'a newer version', change: (s) => (s.version = 2), field: 'version', label: 'versie' },
	{ what: 'version 0', change: (s) => (s.version = 0), field: 'version', label: 'versie' },
	{
		what: 'a municipality without inhabitants',
		change: (s) => delete s.municipalities[1].inhabitants,
		field: 'inhabitants',
		label: 'inwoners',
		municipality: 'Regiogemeente'
	},
	{
		what: 'a municipality without a name',
		change: (s) => delete s.municipalities[0].name,
		field: 'name',
		label: 'naam',
		municipality: 'C'
	},
	{
		what: 'no horizon',
		change: (s) => delete s.horizonYears,
		field: 'horizonYears',
		label: 'horizon (jaren)'
	},
	{ what: 'no key', change: (s) => delete s.key, field: 'key', label: 'verdeelsleutel' },
	{
		what: 'a demand group without distributable',
		change: (s) => delete s.demand[0].distributable,
		field: 'distributable',
		label: 'verdeelbaar'
	},
	{
		what: 'a social share above 1',
		change: (s) => (s.municipalities[0].socialShare = 1.2),
		field: 'socialShare',
		label: 'aandeel sociale huur',
		municipality: 'Centrumgemeente'
	},
	{
		what: 'a negative mutation rate',
		change: (s) => (s.municipalities[1].mutationRate = -0.1),
		field: 'mutationRate',
		label: 'mutatiegraad',
		municipality: 'Regiogemeente'
	},
	{
		what: 'population growth below -50 %',
		change: (s) => (s.municipalities[0].populationGrowth = -0.9),
		field: 'populationGrowth',
		label: 'bevolkingsgroei per jaar',
		municipality: 'Centrumgemeente'
	},
	{
		what: 'a base year before 1900',
		change: (s) => (s.baseYear = 1800),
		field: 'baseYear',
		label: 'basisjaar'
	},
	{
		what: 'a cap above 1',
		change: (s) => (s.bounds.capShare = 1.5),
		field: 'capShare',
		label: 'maximaal aandeel toewijzingen aan urgenten'
	},
	{
		what: 'γ = 0',
		change: (s) => (s.growthPath.gamma = 0),
		field: 'gamma',
		label: 'vorm van het groeipad (γ)'
	},
	{
		what: 'a growth path of 31 years',
		change: (s) => (s.growthPath.years = 31),
		field: 'years',
		label: 'groeipad (jaren)'
	},
	{
		what: 'text in a number',
		change: (s) => (s.municipalities[0].inhabitants = '150000'),
		field: 'inhabitants',
		label: 'inwoners',
		municipality: 'Centrumgemeente'
	},
	{
		what: 'text in a demand number',
		change: (s) => (s.demand[0].trendPerYear = 'veel'),
		field: 'trendPerYear',
		label: 'trend per jaar'
	},
	{
		what: 'NaN',
		change: (s) => (s.municipalities[0].dwellings = NaN),
		field: 'dwellings',
		label: 'woningvoorraad',
		municipality: 'Centrumgemeente'
	},
	{
		what: 'Infinity',
		change: (s) => (s.municipalities[1].dwellings = Infinity),
		field: 'dwellings',
		label: 'woningvoorraad',
		municipality: 'Regiogemeente'
	},
	{
		what: 'duplicate codes',
		change: (s) => (s.municipalities[1].code = 'C'),
		field: 'code',
		label: 'code',
		municipality: 'Regiogemeente'
	},
	{
		what: 'an empty code',
		change: (s) => (s.municipalities[0].code = '  '),
		field: 'code',
		label: 'code',
		municipality: 'Centrumgemeente'
	},
	{
		what: 'no municipality',
		change: (s) => (s.municipalities = []),
		field: 'municipalities',
		label: 'gemeenten'
	},
	{
		what: 'more vulnerable than inhabitants',
		change: (s) => (s.municipalities[1].vulnerable = 30_001),
		field: 'vulnerable',
		label: 'kwetsbare inwoners',
		municipality: 'Regiogemeente'
	},
	{
		what: 'composite weights summing to 1.1',
		change: (s) => (s.key = composite(0.5, 0.6, 0)),
		field: 'weights',
		label: 'gewichten'
	},
	{
		what: 'fair-share composite weights summing to 0.6',
		change: (s) => (s.fairShareKey = composite(0.2, 0.2, 0.2)),
		field: 'weights',
		label: 'gewichten'
	},
	{
		what: 'a composite weight above 1',
		change: (s) => (s.key = composite(1.5, -0.5, 0)),
		field: 'inhabitants',
		label: 'inwoners'
	},
	{
		what: 'a key with no weight anywhere (no relettings at all)',
		change: (s) => {
			s.key = { type: 'available' };
			for (const m of s.municipalities) m.mutationRate = 0;
		},
		field: 'type',
		label: 'soort sleutel'
	},
	{
		what: "a demand group's own key with no weight anywhere",
		change: (s) => {
			s.demand[0].key = { type: 'socialStock' };
			for (const m of s.municipalities) m.socialShare = 0;
		},
		field: 'type',
		label: 'soort sleutel'
	},
	{
		what: 'no inhabitants anywhere',
		change: (s) => {
			for (const m of s.municipalities) m.inhabitants = m.vulnerable = 0;
		},
		field: 'municipalities',
		label: 'gemeenten'
	},
	{
		what: 'an unknown key type',
		change: (s) => (s.key = { type: 'population' }),
		field: 'type',
		label: 'soort sleutel'
	},
	{
		what: 'a duplicate demand group',
		change: (s) => s.demand.push({ ...s.demand[0] }),
		field: 'group',
		label: 'groep'
	},
	{
		what: 'a non-integer horizon',
		change: (s) => (s.horizonYears = 10.5),
		field: 'horizonYears',
		label: 'horizon (jaren)'
	},
	{
		what: 'a horizon of 0 years',
		change: (s) => (s.horizonYears = 0),
		field: 'horizonYears',
		label: 'horizon (jaren)'
	},
	{
		what: 'a non-integer number of households',
		change: (s) => (s.municipalities[0].households = 10.5),
		field: 'households',
		label: 'huishoudens',
		municipality: 'Centrumgemeente'
	},
	{
		what: 'a negative perYear',
		change: (s) => (s.demand[0].perYear = -5),
		field: 'perYear',
		label: 'aantal per jaar'
	},
	{
		what: 'a negative seed',
		change: (s) => (s.uncertainty.seed = -1),
		field: 'seed',
		label: 'startwaarde (seed)'
	},
	{
		what: 'a negative minPerYear',
		change: (s) => (s.municipalities[1].minPerYear = -1),
		field: 'minPerYear',
		label: 'minimum per jaar',
		municipality: 'Regiogemeente'
	},
	{
		what: 'a minPerYear that is not a number',
		change: (s) => ((s.municipalities[0] as Record<string, unknown>).minPerYear = '5'),
		field: 'minPerYear',
		label: 'minimum per jaar',
		municipality: 'Centrumgemeente'
	},
	{
		what: 'a negative maxPerYear',
		change: (s) => (s.municipalities[0].maxPerYear = -0.5),
		field: 'maxPerYear',
		label: 'maximum per jaar',
		municipality: 'Centrumgemeente'
	},
	{
		what: 'a maxPerYear that is not a number',
		change: (s) => ((s.municipalities[1] as Record<string, unknown>).maxPerYear = 'veel'),
		field: 'maxPerYear',
		label: 'maximum per jaar',
		municipality: 'Regiogemeente'
	},
	{
		what: 'an unknown capCounts',
		change: (s) => ((s.bounds as Record<string, unknown>).capCounts = 'statushouders'),
		field: 'capCounts',
		label: 'wat het maximale aandeel telt'
	}
];

describe('parseScenario refuses', () => {
	test.each(invalid)('$what, naming the field', ({ change, field, label, municipality }) => {
		const s = draft();
		change(s);
		const parsed = parseScenario(s);
		expect(parsed.ok).toBe(false);
		if (parsed.ok) return;
		expect(fieldName(field, 'nl')).toBe(label);
		const named = parsed.issues.filter((i) => i.field === field);
		expect(named, parsed.issues.map((i) => issueText(i, 'nl')).join(' | ')).not.toHaveLength(0);
		for (const issue of named) {
			expect(issueText(issue, 'nl')).toContain(`‘${label}’ (${field})`);
			if (municipality) expect(issueText(issue, 'nl')).toContain(municipality);
		}
	});

	test('an unknown capCounts says which values there are', () => {
		const s = draft();
		(s.bounds as Record<string, unknown>).capCounts = 'alles';
		const parsed = parseScenario(s);
		expect(parsed.ok).toBe(false);
		if (!parsed.ok) {
			expect(issueText(parsed.issues[0]!, 'nl')).toBe(
				'Scenario, veld ‘wat het maximale aandeel telt’ (capCounts): onbekende waarde ‘alles’; kies priority (urgenten en statushouders) of urgents (alleen urgenten).'
			);
		}
	});

	test('a maxPerYear below the minPerYear is valid (the maximum wins)', () => {
		const s = draft();
		s.municipalities[0].minPerYear = 20;
		s.municipalities[0].maxPerYear = 10;
		s.bounds.capCounts = 'urgents';
		expect(parseScenario(s).ok).toBe(true);
	});

	test('a municipality field problem carries the municipality code and its path', () => {
		const s = draft();
		s.municipalities[1].socialShare = 2;
		const parsed = parseScenario(s);
		expect(parsed).toEqual({
			ok: false,
			issues: [
				expect.objectContaining({
					path: 'municipalities[1].socialShare',
					field: 'socialShare',
					municipality: 'R'
				})
			]
		});
	});

	test('every problem at once, not only the first', () => {
		const s = draft();
		s.municipalities[0].socialShare = 2;
		s.municipalities[1].mutationRate = -1;
		s.demand[0].perYear = -1;
		const parsed = parseScenario(s);
		expect(parsed.ok ? [] : parsed.issues.map((i) => i.path)).toEqual([
			'municipalities[0].socialShare',
			'municipalities[1].mutationRate',
			'demand[0].perYear'
		]);
	});

	test.each([null, 42, 'scenario', [1, 2]])('%j, which is not a JSON object', (input) => {
		const parsed = parseScenario(input);
		expect(parsed.ok).toBe(false);
	});

	test('parseScenarioText refuses text that is not JSON, in Dutch', () => {
		const parsed = parseScenarioText('{ "format": ');
		expect(parsed).toMatchObject({ ok: false, issues: [{ kind: 'notJson' }] });
		if (!parsed.ok) expect(issueText(parsed.issues[0]!, 'nl')).toContain('geen geldig JSON');
	});
});

describe('parseScenario accepts', () => {
	test('the Bijlage 5 example as it is', () => {
		const parsed = parseScenario(draft());
		expect(parsed.ok).toBe(true);
	});

	test('a scenario without the optional parts and fills their defaults', () => {
		const s = draft();
		for (const k of [
			'name',
			'fairShareKey',
			'growthPath',
			'bounds',
			'compensation',
			'uncertainty'
		]) {
			delete s[k];
		}
		const parsed = parseScenario(s);
		expect(parsed.ok && parsed.scenario).toMatchObject({
			name: '',
			fairShareKey: null,
			growthPath: { years: 0, gamma: 1 },
			bounds: { capShare: null, floorShare: 0 },
			compensation: { pricePerHousehold: 0 },
			uncertainty: { runs: 0, seed: 1 }
		});
	});

	test('composite weights that sum to 1 up to rounding (1/3 each)', () => {
		const s = draft();
		s.key = composite(1 / 3, 1 / 3, 1 / 3);
		expect(parseScenario(s).ok).toBe(true);
	});

	test('a composite key whose weighted part without weight is covered by another part', () => {
		const s = draft();
		for (const m of s.municipalities) m.mutationRate = 0;
		s.key = composite(0.5, 0, 0.5);
		expect(parseScenario(s).ok).toBe(true);
	});

	test('does not change the object it was given', () => {
		const s = draft();
		s.name = '  met spaties  ';
		const before = structuredClone(s);
		parseScenario(s);
		expect(s).toEqual(before);
	});
});

describe('serializeScenario', () => {
	const withUnknownFields = (): Draft => {
		const s = draft();
		s.createdWith = { app: 'verdeelwijzer', build: 'test' };
		s.notes = ['afspraak regio', 'versie 3'];
		s.municipalities[0].gebiedscode = 'WMR-01';
		s.municipalities[1].opmerking = 'cijfers 2024';
		s.demand[0].bron = 'Monitor Beschermd Wonen';
		s.growthPath.label = 'vijf jaar';
		s.bounds.bron = '003';
		return s;
	};

	test('keeps unknown top-level, municipality and demand fields through parse → serialize → parse', () => {
		const first = parseScenario(withUnknownFields());
		expect(first.ok).toBe(true);
		if (!first.ok) return;
		const text = serializeScenario(first.scenario);
		const second = parseScenario(JSON.parse(text));
		expect(second.ok).toBe(true);
		if (!second.ok) return;
		const s = second.scenario as Draft;
		expect(s.createdWith).toEqual({ app: 'verdeelwijzer', build: 'test' });
		expect(s.notes).toEqual(['afspraak regio', 'versie 3']);
		expect(s.municipalities[0].gebiedscode).toBe('WMR-01');
		expect(s.municipalities[1].opmerking).toBe('cijfers 2024');
		expect(s.demand[0].bron).toBe('Monitor Beschermd Wonen');
		expect(s.growthPath.label).toBe('vijf jaar');
		expect(s.bounds.bron).toBe('003');
		expect(second.scenario).toEqual(first.scenario);
	});

	test('writes format and version first and ends with a newline', () => {
		const text = serializeScenario(bijlage5());
		expect(text.startsWith('{\n  "format": "verdeelwijzer-scenario",\n  "version": 1,')).toBe(true);
		expect(text.endsWith('}\n')).toBe(true);
	});

	test('of a parsed scenario parses to the same scenario', () => {
		const parsed = parseScenario(draft());
		if (!parsed.ok) throw new Error('Bijlage 5 refused');
		const again = parseScenarioText(serializeScenario(parsed.scenario));
		expect(again).toEqual({ ok: true, scenario: parsed.scenario satisfies Scenario });
	});
});
