/**
 * Shared test helpers: numeric comparison (`inDelta`), the Bijlage 5 seed
 * scenario, a run that goes through validation, and a seeded fast-check
 * arbitrary for random valid scenarios (model.md §1–5).
 *
 * Checks inside property tests throw plain errors instead of calling
 * `expect` per element: a 400-municipality, 30-year result has tens of
 * thousands of figures, and fast-check reports the thrown message together
 * with the counterexample.
 */
import fc from 'fast-check';
import bijlage5Json from '$lib/scenarios/bijlage5.json';
import { simulate } from '$lib/model/engine';
import { keyShares, sharesOf } from '$lib/model/keys';
import type { YearValues } from '$lib/model/projection';
import { parseScenario } from '$lib/model/scenario';
import {
	BASIC_KEYS,
	type BasicKeyType,
	type CapCounts,
	type DemandGroup,
	type KeySpec,
	type Municipality,
	type Scenario,
	type SimulationResult
} from '$lib/model/types';
import { issueText } from '$lib/i18n/issues';

/** fast-check settings: always seeded, so a run is the same on every machine. */
export const SEED = 42;
export const seeded = (numRuns: number) => ({ seed: SEED, numRuns });

/** Fails unless |actual - expected| <= delta (elementwise for arrays). */
export function inDelta(
	actual: number | ArrayLike<number>,
	expected: number | ArrayLike<number>,
	delta = 1e-9,
	what = 'value'
): void {
	if (typeof actual === 'number' || typeof expected === 'number') {
		if (typeof actual !== 'number' || typeof expected !== 'number') {
			throw new Error(`${what}: cannot compare a number with a list`);
		}
		if (!(Math.abs(actual - expected) <= delta)) {
			throw new Error(`${what}: expected ${expected} ± ${delta}, got ${actual}`);
		}
		return;
	}
	if (actual.length !== expected.length) {
		throw new Error(`${what}: expected ${expected.length} values, got ${actual.length}`);
	}
	for (let i = 0; i < actual.length; i++) inDelta(actual[i]!, expected[i]!, delta, `${what}[${i}]`);
}

/** Throws with `message` unless `condition` holds (cheap enough for inner loops). */
export function check(condition: boolean, message: () => string): void {
	if (!condition) throw new Error(message());
}

export const sum = (xs: ArrayLike<number>) => {
	let s = 0;
	for (let i = 0; i < xs.length; i++) s += xs[i]!;
	return s;
};

/** A fresh copy of the Bijlage 5 seed scenario (two municipalities, 100 households a year). */
export function bijlage5(): Scenario {
	return structuredClone(bijlage5Json) as unknown as Scenario;
}

/** Validate like every caller does, then simulate; a rejection fails the test with its reasons. */
export function run(input: unknown): SimulationResult {
	const parsed = parseScenario(input);
	if (!parsed.ok) {
		throw new Error(
			`scenario rejected: ${parsed.issues.map((i) => issueText(i, 'nl')).join(' | ')}`
		);
	}
	return simulate(parsed.scenario);
}

/** Paths of every number in `value` that is NaN or ±Infinity. */
export function nonFiniteNumbers(value: unknown, path = 'result'): string[] {
	if (typeof value === 'number') return Number.isFinite(value) ? [] : [`${path} = ${value}`];
	if (value === null || typeof value !== 'object') return [];
	const entries: [string, unknown][] = Array.isArray(value)
		? value.map((v, i) => [`[${i}]`, v])
		: ArrayBuffer.isView(value)
			? Array.from(value as unknown as ArrayLike<number>, (v, i) => [`[${i}]`, v])
			: Object.entries(value).map(([k, v]) => [`.${k}`, v]);
	return entries.flatMap(([k, v]) => nonFiniteNumbers(v, path + k));
}

// ---------------------------------------------------------------------------
// Random valid scenarios

export type Role = 'path' | 'ownKey' | 'local' | 'statushouders';

export interface ScenarioOptions {
	/** at most this many municipalities (default 400) */
	maxMunicipalities?: number;
	/**
	 * Also draw reals from fast-check's full double range within each field's
	 * limits: tiny magnitudes such as 5e-324, which stress divisions.
	 */
	extreme?: boolean;
}

const STEPS = 2 ** 20;

/** A real in [min, max] on a fine grid; fast-check's bias adds min and max themselves often. */
function real(min: number, max: number, extreme: boolean): fc.Arbitrary<number> {
	const grid = fc
		.integer({ min: 0, max: STEPS })
		.map((k) => (k === STEPS ? max : min + ((max - min) * k) / STEPS));
	if (!extreme) return grid;
	return fc.oneof(
		{ arbitrary: grid, weight: 3 },
		{ arbitrary: fc.double({ min, max, noNaN: true, noDefaultInfinity: true }), weight: 1 }
	);
}

export function keyArbitrary(extreme = false): fc.Arbitrary<KeySpec> {
	const basic = fc.constantFrom(...BASIC_KEYS).map((type): KeySpec => ({ type }));
	const composite = fc
		.tuple(real(0, 1, extreme), real(0, 1, extreme), real(0, 1, extreme))
		.map(([a, b, c]): KeySpec => {
			const total = a + b + c;
			const [inhabitants, socialStock, available] = total > 0 ? [a, b, c] : [1, 0, 0];
			const t = total > 0 ? total : 1;
			return {
				type: 'composite',
				weights: {
					inhabitants: inhabitants / t,
					socialStock: socialStock / t,
					available: available / t
				}
			};
		});
	return fc.oneof(basic, composite);
}

function municipalityArbitrary(extreme: boolean) {
	const r = (min: number, max: number) => real(min, max, extreme);
	return fc.record(
		{
			inhabitants: fc.oneof(
				{ arbitrary: fc.constant(0), weight: 1 },
				{ arbitrary: fc.integer({ min: 1, max: 900_000 }), weight: 9 }
			),
			dwellings: fc.oneof(
				{ arbitrary: fc.constant(0), weight: 1 },
				{ arbitrary: r(1, 400_000), weight: 9 }
			),
			socialShare: r(0, 1),
			mutationRate: r(0, 0.15),
			vulnerableShare: r(0, 1),
			households: fc.integer({ min: 0, max: 500_000 }),
			currentUrgents: r(0, 300),
			populationGrowth: r(-0.05, 0.05),
			newDwellingsPerYear: r(0, 3000),
			socialShareOfNewBuild: r(0, 1),
			socialStockLossPerYear: r(0, 0.1),
			mutationRateChangePerYear: r(-0.01, 0.01),
			// The seed's minima and maxima: rare, small and large, so they bind now and then.
			minPerYear: fc.oneof(fc.constant(undefined), fc.constant(undefined), r(0, 40)),
			maxPerYear: fc.oneof(fc.constant(undefined), fc.constant(undefined), r(0, 400))
		},
		{ requiredKeys: ['inhabitants', 'dwellings', 'socialShare', 'mutationRate'] }
	);
}

function demandArbitrary(extreme: boolean) {
	return fc.record(
		{
			role: fc.constantFrom<Role>('path', 'ownKey', 'local', 'statushouders'),
			perYear: fc.oneof(
				{ arbitrary: fc.constant(0), weight: 1 },
				{ arbitrary: real(0, 2000, extreme), weight: 6 }
			),
			trendPerYear: real(-0.1, 0.1, extreme),
			key: keyArbitrary(extreme),
			cv: real(0, 1, extreme)
		},
		{ requiredKeys: ['role', 'perYear', 'key'] }
	);
}

/** The key types a key needs weight for. */
function typesOf(key: KeySpec): BasicKeyType[] {
	return key.type === 'composite' ? BASIC_KEYS.filter((k) => key.weights[k] > 0) : [key.type];
}

/**
 * Make a drawn region valid: every key in use must have weight somewhere in
 * the base year (model.md §1). Only the first municipality is touched.
 */
function withWeight(municipalities: Municipality[], keys: KeySpec[]): void {
	const needs = new Set(keys.flatMap(typesOf));
	needs.add('inhabitants');
	let people = 0;
	let stock = 0;
	let available = 0;
	for (const m of municipalities) {
		people += m.inhabitants;
		stock += m.dwellings * m.socialShare;
		available += m.dwellings * m.socialShare * m.mutationRate;
	}
	const first = municipalities[0]!;
	if (needs.has('inhabitants') && !(people > 0)) first.inhabitants = 12_345;
	const wantsStock = needs.has('socialStock') || needs.has('available');
	if ((wantsStock && !(stock > 0)) || (needs.has('available') && !(available > 0))) {
		first.dwellings = Math.max(first.dwellings, 5_000);
		first.socialShare = Math.max(first.socialShare, 0.25);
		first.mutationRate = Math.max(first.mutationRate, 0.06);
	}
	if (first.vulnerable !== undefined)
		first.vulnerable = Math.min(first.vulnerable, first.inhabitants);
}

/**
 * Random valid scenarios: 1–400 municipalities with projections, demand
 * groups of every role (own keys included), basic and composite keys, a
 * fair-share key, growth paths with γ, caps (either count), floors, minima
 * and maxima per municipality, and compensation.
 */
export function scenarioArbitrary(options: ScenarioOptions = {}): fc.Arbitrary<Scenario> {
	const extreme = options.extreme ?? false;
	const maxMunicipalities = options.maxMunicipalities ?? 400;
	const r = (min: number, max: number) => real(min, max, extreme);
	return fc
		.record({
			// Mostly small regions (where ties and edge cases live), often large ones up to the maximum.
			municipalities: fc.oneof(
				{
					arbitrary: fc.array(municipalityArbitrary(extreme), {
						minLength: 1,
						maxLength: Math.min(12, maxMunicipalities),
						size: 'max'
					}),
					weight: 2
				},
				{
					arbitrary: fc.array(municipalityArbitrary(extreme), {
						minLength: 1,
						maxLength: maxMunicipalities,
						size: 'max'
					}),
					weight: 1
				}
			),
			demand: fc.array(demandArbitrary(extreme), { maxLength: 8, size: 'max' }),
			horizonYears: fc.integer({ min: 1, max: 30 }),
			key: keyArbitrary(extreme),
			fairShareKey: fc.option(keyArbitrary(extreme), { nil: null }),
			growthPath: fc.record({
				years: fc.integer({ min: 0, max: 30 }),
				gamma: fc.oneof(fc.constant(1), r(0.1, 10))
			}),
			capShare: fc.oneof(fc.constant(null), r(0, 0.3), r(0, 1)),
			floorShare: fc.oneof(fc.constant(0), r(0, 1)),
			capCounts: fc.constantFrom<CapCounts | undefined>(undefined, 'priority', 'urgents'),
			price: r(0, 100_000),
			personsPerUrgentHousehold: fc.option(r(0, 5), { nil: undefined })
		})
		.map((d) => {
			const municipalities: Municipality[] = d.municipalities.map((m, i) => {
				const { vulnerableShare, minPerYear, maxPerYear, ...rest } = m;
				const out: Municipality = { code: `GM${1000 + i}`, name: `Gemeente ${i + 1}`, ...rest };
				if (minPerYear !== undefined) out.minPerYear = minPerYear;
				if (maxPerYear !== undefined) out.maxPerYear = maxPerYear;
				if (vulnerableShare !== undefined) out.vulnerable = vulnerableShare * m.inhabitants;
				return out;
			});
			const demand: DemandGroup[] = d.demand.map((g, i) => {
				const out: DemandGroup = {
					group: `groep-${i + 1}-${g.role}`,
					perYear: g.perYear,
					distributable: g.role === 'path' || g.role === 'ownKey'
				};
				if (g.trendPerYear !== undefined) out.trendPerYear = g.trendPerYear;
				if (g.cv !== undefined) out.cv = g.cv;
				if (g.role === 'statushouders') out.statushouders = true;
				if (g.role === 'ownKey') out.key = g.key;
				return out;
			});
			const keys = [d.key, ...(d.fairShareKey ? [d.fairShareKey] : [])];
			for (const g of demand) if (g.key) keys.push(g.key);
			withWeight(municipalities, keys);
			const scenario: Scenario = {
				format: 'verdeelwijzer-scenario',
				version: 1,
				name: 'willekeurige regio',
				baseYear: 2025,
				horizonYears: d.horizonYears,
				municipalities,
				demand,
				key: d.key,
				fairShareKey: d.fairShareKey,
				growthPath: { years: d.growthPath.years, gamma: d.growthPath.gamma },
				bounds: {
					capShare: d.capShare,
					floorShare: d.floorShare,
					...(d.capCounts ? { capCounts: d.capCounts } : {})
				},
				compensation: { pricePerHousehold: d.price },
				uncertainty: { runs: 0, seed: 1 }
			};
			if (d.personsPerUrgentHousehold !== undefined) {
				scenario.personsPerUrgentHousehold = d.personsPerUrgentHousehold;
			}
			return scenario;
		});
}

/** The role a generated group plays (mirrors model.md §3, written independently of demand.ts). */
export function roleOf(g: DemandGroup): Role {
	if (g.statushouders) return 'statushouders';
	if (!g.distributable) return 'local';
	return g.key ? 'ownKey' : 'path';
}

// ---------------------------------------------------------------------------
// model.md §3 and §5.4 written out again, independent of the engine

export const groupDemand = (perYear: number, trend: number | undefined, t: number) =>
	perYear * Math.pow(1 + (trend ?? 0), t);

/** Shares of a key in a year; like the engine, inhabitants when the key has lost all weight. */
export function sharesIn(key: KeySpec, values: YearValues): Float64Array {
	const n = values.inhabitants.length;
	return keyShares(key, values) ?? sharesOf(values.inhabitants) ?? new Float64Array(n).fill(1 / n);
}

export interface YearSetting {
	pathDemand: number;
	ownKey: Float64Array;
	/** cap room after local groups, statushouders and own-key groups; null without a cap */
	hi: Float64Array | null;
	/** the floors after "cap wins" and proportional scaling */
	lower: Float64Array;
}

/** What model.md §3 and §5.4 make of year t: path demand, own-key households and the bounds. */
export function yearSetting(s: Scenario, projection: YearValues[], t: number): YearSetting {
	const n = s.municipalities.length;
	const values = projection[t]!;
	const byInhabitants = sharesIn({ type: 'inhabitants' }, values!);
	const hasToday = s.municipalities.some((m) => m.currentUrgents !== undefined);
	const today = hasToday ? sharesOf(s.municipalities.map((m) => m.currentUrgents ?? 0)) : null;
	const ownKey = new Float64Array(n);
	// households placed before the path demand that count against the cap
	const before = new Float64Array(n);
	const countsStatushouders = (s.bounds.capCounts ?? 'priority') === 'priority';
	let pathDemand = 0;
	for (const g of s.demand) {
		const amount = groupDemand(g.perYear, g.trendPerYear, t);
		const role = roleOf(g);
		if (role === 'path') {
			pathDemand += amount;
			continue;
		}
		const shares =
			role === 'ownKey'
				? sharesIn(g.key!, values!)
				: role === 'local'
					? (today ?? byInhabitants)
					: byInhabitants;
		for (let i = 0; i < n; i++) {
			if (role !== 'statushouders' || countsStatushouders) before[i]! += amount * shares[i]!;
			if (role === 'ownKey') ownKey[i]! += amount * shares[i]!;
		}
	}
	const cap = s.bounds.capShare;
	const maxima = s.municipalities.map((m) => m.maxPerYear);
	const hi =
		cap === null && maxima.every((x) => x === undefined)
			? null
			: Float64Array.from(values.available, (a, i) =>
					Math.min(
						cap === null ? Infinity : Math.max(0, cap * a - before[i]!),
						maxima[i] === undefined ? Infinity : Math.max(0, maxima[i] - ownKey[i]!)
					)
				);
	const fair = sharesIn(s.fairShareKey ?? s.key, values!);
	const lower = Float64Array.from(fair, (f, i) =>
		Math.min(
			Math.max(
				s.bounds.floorShare * pathDemand * f,
				(s.municipalities[i]!.minPerYear ?? 0) - ownKey[i]!,
				0
			),
			hi ? hi[i]! : Infinity
		)
	);
	const lowerSum = sum(lower);
	if (lowerSum > pathDemand) for (let i = 0; i < n; i++) lower[i]! *= pathDemand / lowerSum;
	return { pathDemand, ownKey, hi, lower };
}
