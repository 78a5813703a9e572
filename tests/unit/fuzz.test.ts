/**
 * Fuzzing at scale (issue 13): more than 10.000 generated scenarios per run
 * through the scenario file (serialize, read back with the limits and the
 * schema) and the engine, with a fixed seed and fast-check's shrinking.
 * Valid ones: no exception, no NaN, Infinity or negative count, and every
 * household of distributable demand placed or reported as unplaced.
 * Invalid ones: refused in Dutch, naming the field.
 * Most cases are small regions (fast); the extremes (1 and 2.000
 * municipalities, 30 years, rates 0 and 1, demand 0 and 10⁶, weights
 * summing to 1 ± 1e-12) are drawn on purpose.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { readScenarioFile } from '$lib/io/scenarioFile';
import { fieldName } from '$lib/i18n/fieldNames';
import { LIMITS } from '$lib/model/limits';
import { parseScenario, serializeScenario } from '$lib/model/scenario';
import { simulate } from '$lib/model/engine';
import type { Scenario, SimulationResult } from '$lib/model/types';
import { check, keyArbitrary, nonFiniteNumbers, scenarioArbitrary, seeded, sum } from './helpers';
import { issueText } from '$lib/i18n/issues';

/** How many scenarios each property draws: 10.003 in all, 8.003 of them valid and simulated. */
const COUNTS = { small: 7000, extreme: 1000, invalid: 2000, huge: 3 };

/** Through the file: serialized, read back as bytes (limits, schema), then simulated. */
function throughFile(s: Scenario): SimulationResult {
	const parsed = readScenarioFile(new TextEncoder().encode(serializeScenario(s)));
	if (!parsed.ok) throw new Error(parsed.issues.map((i) => issueText(i, 'nl')).join(' | '));
	return simulate(parsed.scenario);
}

function checkResult(s: Scenario, r: SimulationResult): void {
	const bad = nonFiniteNumbers(r);
	check(bad.length === 0, () => `not finite: ${bad.slice(0, 3).join(', ')}`);
	check(r.byYear.length === s.horizonYears, () => `${r.byYear.length} years`);
	for (const y of r.byYear) {
		for (const [name, xs] of [
			['households', y.households],
			['exact', y.exact],
			['fairShare', y.fairShare],
			['relettings', y.relettings]
		] as const) {
			check(
				xs.length === s.municipalities.length && xs.every((x) => x >= 0),
				() => `${y.year}: ${name} negative or missing`
			);
		}
		check(
			y.households.every((h) => Number.isInteger(h)),
			() => `${y.year}: households not whole`
		);
		check(y.unplaced >= 0, () => `${y.year}: negative unplaced`);
		// Totals accounted for: what is placed plus what could not be placed is the demand.
		const placed = sum(y.exact);
		check(
			Math.abs(placed + y.unplaced - y.demand) <= 1e-9 * (1 + y.demand),
			() => `${y.year}: placed ${placed} + unplaced ${y.unplaced} != demand ${y.demand}`
		);
	}
}

/** Weights of a composite key that sum to 1 ± 1e-12 rather than exactly 1. */
const offByEpsilon = fc
	.tuple(fc.double({ min: 0.01, max: 0.98, noNaN: true }), fc.constantFrom(-1e-12, 0, 1e-12))
	.map(([a, eps]) => ({
		type: 'composite' as const,
		weights: { inhabitants: a + eps, socialStock: (1 - a) / 2, available: (1 - a) / 2 }
	}));

/** A valid scenario pushed to the edges of its ranges. */
const extremeScenario = fc
	.tuple(
		scenarioArbitrary({ maxMunicipalities: 12, extreme: true }),
		fc.constantFrom(0, 1),
		fc.constantFrom(0, 1),
		fc.constantFrom(0, 1, 1e6),
		fc.constantFrom(1, 30),
		fc.option(offByEpsilon, { nil: undefined })
	)
	.map(([s, rate, share, demand, years, key]) => {
		const out = structuredClone(s);
		out.horizonYears = years;
		out.municipalities.forEach((m, i) => {
			if (i % 2 === 0) m.mutationRate = rate;
			if (i % 3 === 0) m.socialShare = share;
		});
		out.municipalities[0]!.inhabitants = Math.max(out.municipalities[0]!.inhabitants, 1);
		out.municipalities[0]!.socialShare = 1;
		out.municipalities[0]!.mutationRate = 1;
		out.municipalities[0]!.dwellings = Math.max(out.municipalities[0]!.dwellings, 1);
		if (out.demand.length) out.demand[0]!.perYear = demand;
		if (key) out.key = key;
		return out;
	});

describe('fuzzing: valid scenarios', () => {
	test(
		`${COUNTS.small} small regions through the file and the engine`,
		{ timeout: 120_000 },
		() => {
			fc.assert(
				fc.property(scenarioArbitrary({ maxMunicipalities: 6 }), (s) =>
					checkResult(s, throughFile(s))
				),
				seeded(COUNTS.small)
			);
		}
	);

	test(
		`${COUNTS.extreme} scenarios at the edges: rates 0 and 1, demand 0 and 10⁶, 1 or 30 years, weights 1 ± 1e-12`,
		{ timeout: 120_000 },
		() => {
			fc.assert(
				fc.property(extremeScenario, (s) => checkResult(s, throughFile(s))),
				seeded(COUNTS.extreme)
			);
		}
	);

	test('1 municipality and the maximum of 2.000, over 30 years', { timeout: 120_000 }, () => {
		fc.assert(
			fc.property(
				scenarioArbitrary({ maxMunicipalities: 1 }),
				fc.constantFrom(1, LIMITS.municipalities),
				(s, n) => {
					const big = structuredClone(s);
					big.horizonYears = 30;
					big.municipalities = Array.from({ length: n }, (_, i) => ({
						...s.municipalities[0]!,
						code: `GM${i}`,
						name: `Gemeente ${i}`
					}));
					checkResult(big, throughFile(big));
				}
			),
			{ ...seeded(COUNTS.huge), examples: [] }
		);
	});
});

/** Field, where it lives, and values it must refuse. */
const INVALID: { field: string; values: unknown[] }[] = [
	{ field: 'inhabitants', values: [-1, 1.5, Number.NaN, Infinity, '100', null] },
	{ field: 'dwellings', values: [-0.5, 2e9, Number.NaN, 'veel'] },
	{ field: 'socialShare', values: [-0.01, 1.01, 32, Infinity] },
	{ field: 'mutationRate', values: [-1, 1.5, Number.NaN, true] },
	{ field: 'populationGrowth', values: [0.6, -0.6, Number.NaN] },
	{ field: 'perYear', values: [-1, 1e9, Number.NaN, '10'] },
	{ field: 'horizonYears', values: [0, 31, 2.5, Number.NaN] },
	{ field: 'capShare', values: [-0.1, 1.1, 'dertig'] }
];

const invalidCase = fc.tuple(
	scenarioArbitrary({ maxMunicipalities: 6 }),
	fc.constantFrom(...INVALID),
	fc.nat(),
	fc.nat()
);

describe('fuzzing: invalid scenarios', () => {
	test(`${COUNTS.invalid} scenarios with one bad value: refused in Dutch, naming the field`, () => {
		fc.assert(
			fc.property(invalidCase, ([s, { field, values }, pick, at]) => {
				const bad = structuredClone(s) as unknown as Record<string, unknown> & Scenario;
				const value = values[pick % values.length];
				if (field === 'perYear') {
					if (!bad.demand.length) return;
					(bad.demand[at % bad.demand.length] as Record<string, unknown>).perYear = value;
				} else if (field === 'horizonYears') bad.horizonYears = value as number;
				else if (field === 'capShare') bad.bounds.capShare = value as number;
				else {
					const m = bad.municipalities[at % bad.municipalities.length];
					(m as Record<string, unknown>)[field] = value;
				}
				const parsed = parseScenario(bad);
				expect(parsed.ok).toBe(false);
				if (parsed.ok) return;
				const named = parsed.issues.find((i) => i.field === field);
				expect(named && issueText(named, 'nl')).toContain(`‘${fieldName(field, 'nl')}’`);
			}),
			seeded(COUNTS.invalid)
		);
	});

	test('keys with weights off by more than the tolerance are refused, naming the weights', () => {
		fc.assert(
			fc.property(keyArbitrary(), fc.constantFrom(0.01, -0.01, 0.5), (key, off) => {
				if (key.type !== 'composite') return;
				const s = parseScenario({
					...JSON.parse(serializeScenario(scenarioFallback())),
					key: { ...key, weights: { ...key.weights, inhabitants: key.weights.inhabitants + off } }
				});
				expect(s.ok).toBe(false);
				if (!s.ok) expect(issueText(s.issues[0]!, 'nl')).toMatch(/gewichten|gewicht/);
			}),
			seeded(200)
		);
	});
});

function scenarioFallback(): Scenario {
	const parsed = parseScenario({
		format: 'verdeelwijzer-scenario',
		version: 1,
		baseYear: 2025,
		horizonYears: 5,
		municipalities: [
			{
				code: 'A',
				name: 'A',
				inhabitants: 100,
				dwellings: 50,
				socialShare: 0.3,
				mutationRate: 0.07
			}
		],
		demand: [],
		key: { type: 'inhabitants' }
	});
	if (!parsed.ok) throw new Error('fallback invalid');
	return parsed.scenario;
}
