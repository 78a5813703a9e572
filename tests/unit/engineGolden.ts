/**
 * Scenarios whose complete engine results are kept as a golden snapshot
 * (tests/fixtures/engine-golden/), taken before the engine's internals were
 * rewritten for speed: the rewrite must not change a single bit of any
 * figure. Small results are kept whole (readable), large ones as a SHA-256
 * per field, so a mismatch still names the field.
 */
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { scenarioForRegion } from '$lib/data/regions';
import type { Draws } from '$lib/model/engine';
import type { DemandGroup, Municipality, Scenario, SimulationResult } from '$lib/model/types';
import { generator, nationalRegion } from '../../scripts/nationalRegion';
import { bijlage5, scenarioArbitrary } from './helpers';

export interface GoldenCase {
	name: string;
	scenario: Scenario;
	/** deterministic pseudo-random draws (the uncertainty runs' code path), or none */
	draws?: () => Draws;
	/** keep the whole result (small) rather than per-field digests */
	whole?: boolean;
}

/** JSON that tells -0 from 0 (JSON.stringify writes both as 0); doubles round-trip exactly. */
export function canonical(value: unknown): string {
	return JSON.stringify(value, (_k, v: unknown) =>
		typeof v === 'number' && (Object.is(v, -0) || !Number.isFinite(v)) ? `#${String(v)}` : v
	);
}

const sha = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 24);

/** One digest per result field; byYear per year field over all years. */
export function digests(result: SimulationResult): Record<string, string> {
	const out: Record<string, string> = {};
	for (const [key, value] of Object.entries(result)) {
		if (key === 'byYear') continue;
		out[key] = sha(canonical(value));
	}
	const first = result.byYear[0];
	const fields = first ? Object.keys(first) : [];
	for (const field of fields) {
		out[`byYear.${field}`] = sha(
			canonical(result.byYear.map((y) => (y as unknown as Record<string, unknown>)[field]))
		);
	}
	out['byYear.length'] = String(result.byYear.length);
	return out;
}

function seededDraws(seed: number): () => Draws {
	return () => {
		const random = generator(seed);
		return {
			demand: (_g, _t, mean) => Math.round(mean * (0.7 + 0.6 * random())),
			mutationRate: () => (random() - 0.5) * 0.02
		};
	};
}

const nederland = () => scenarioForRegion('land:nederland').scenario;

/** Heel Nederland with growth, a growth path from today's urgents, caps, floors, minima and maxima. */
function nederlandPathMinMax(): Scenario {
	const s = nederland();
	const municipalities = s.municipalities.map((m, i): Municipality => {
		const out: Municipality = {
			...m,
			vulnerable: Math.round(m.inhabitants * (0.1 + (i % 7) * 0.03)),
			currentUrgents: Math.round(
				m.dwellings * m.socialShare * m.mutationRate * (0.02 + (i % 5) * 0.01)
			),
			populationGrowth: ((i % 9) - 3) * 0.002,
			newDwellingsPerYear: Math.round(m.dwellings * (i % 4) * 0.004),
			socialShareOfNewBuild: 0.3,
			socialStockLossPerYear: (i % 3) * 0.002,
			mutationRateChangePerYear: ((i % 5) - 2) * 0.0005
		};
		if (i % 7 === 0) out.minPerYear = 3 + (i % 4);
		if (i % 11 === 0) out.maxPerYear = 2 + (i % 6);
		return out;
	});
	const demand: DemandGroup[] = [
		...s.demand.map((g, i) => ({ ...g, trendPerYear: (i - 2) * 0.01 })),
		{
			group: 'medisch-eigen-sleutel',
			perYear: 900,
			trendPerYear: 0.01,
			distributable: true,
			key: { type: 'available' }
		}
	];
	return {
		...s,
		name: 'Heel Nederland: groeipad, plafond, minima en maxima',
		horizonYears: 20,
		municipalities,
		demand,
		key: { type: 'composite', weights: { inhabitants: 0.4, socialStock: 0.2, available: 0.4 } },
		fairShareKey: { type: 'socialStock' },
		growthPath: { years: 6, gamma: 0.5 },
		bounds: { capShare: 0.12, floorShare: 0.4, capCounts: 'urgents' },
		compensation: { pricePerHousehold: 2500 },
		personsPerUrgentHousehold: 1.5
	};
}

/** Heel Nederland that cannot place everyone: low maxima, room only where the key has no weight. */
function nederlandShortfall(): Scenario {
	const s = nederland();
	return {
		...s,
		name: 'Heel Nederland: tekort',
		horizonYears: 12,
		municipalities: s.municipalities.map((m, i) =>
			i % 13 === 0 ? { ...m, mutationRate: 0 } : { ...m, maxPerYear: 1 + (i % 3) }
		),
		key: { type: 'available' },
		fairShareKey: { type: 'inhabitants' },
		bounds: { capShare: null, floorShare: 0 },
		compensation: { pricePerHousehold: 1000 }
	};
}

/** Heel Nederland whose minima add up to more than the demand (floors scaled down). */
function nederlandFloorsScaled(): Scenario {
	const s = nederland();
	return {
		...s,
		name: 'Heel Nederland: minima geschaald',
		municipalities: s.municipalities.map((m, i) => ({ ...m, minPerYear: 20 + (i % 10) })),
		growthPath: { years: 3, gamma: 2 },
		bounds: { capShare: 0.05, floorShare: 0.2 }
	};
}

function bijlage5PathCap(): Scenario {
	const s = bijlage5();
	return {
		...s,
		name: 'Bijlage 5: groeipad en plafond',
		horizonYears: 8,
		demand: [
			{ group: 'uitstroom-bw', perYear: 100, trendPerYear: 0.05, distributable: true },
			{ group: 'mantelzorg', perYear: 10, distributable: false },
			{ group: 'statushouders', perYear: 40, distributable: false, statushouders: true }
		],
		key: { type: 'available' },
		fairShareKey: { type: 'inhabitants' },
		growthPath: { years: 3, gamma: 2 },
		bounds: { capShare: 0.09, floorShare: 0 },
		compensation: { pricePerHousehold: 1000 }
	};
}

function bijlage5MinMax(): Scenario {
	const s = bijlage5();
	return {
		...s,
		name: 'Bijlage 5: minima en maxima',
		municipalities: [
			{ ...s.municipalities[0]!, maxPerYear: 60 },
			{ ...s.municipalities[1]!, minPerYear: 30 }
		],
		growthPath: { years: 4, gamma: 1 },
		bounds: { capShare: 0.1, floorShare: 0.5 }
	};
}

/** The key's weight runs out (relettings fall to 0): keyWithoutWeight, no relettings. */
function bijlage5KeyLosesWeight(): Scenario {
	const s = bijlage5();
	return {
		...s,
		name: 'Bijlage 5: sleutel zonder gewicht',
		horizonYears: 6,
		municipalities: s.municipalities.map((m) => ({ ...m, mutationRateChangePerYear: -0.025 })),
		key: { type: 'available' },
		bounds: { capShare: 0.3, floorShare: 0 }
	};
}

export function goldenCases(): GoldenCase[] {
	const bench = nationalRegion(342, 20_250_101);
	return [
		{ name: 'bijlage5', scenario: bijlage5(), whole: true },
		{ name: 'bijlage5-path-cap', scenario: bijlage5PathCap(), whole: true },
		{ name: 'bijlage5-minmax', scenario: bijlage5MinMax(), whole: true },
		{ name: 'bijlage5-key-loses-weight', scenario: bijlage5KeyLosesWeight(), whole: true },
		{ name: 'nederland', scenario: nederland() },
		{ name: 'nederland-path-minmax', scenario: nederlandPathMinMax() },
		{ name: 'nederland-shortfall', scenario: nederlandShortfall() },
		{ name: 'nederland-floors-scaled', scenario: nederlandFloorsScaled() },
		{ name: 'bench-342', scenario: bench },
		{ name: 'bench-342-draws', scenario: bench, draws: seededDraws(12) },
		{ name: 'nederland-path-minmax-draws', scenario: nederlandPathMinMax(), draws: seededDraws(34) }
	];
}

/** Random valid scenarios (seeded), ordinary and with extreme reals. */
export function randomCases(): GoldenCase[] {
	const ordinary = fc.sample(scenarioArbitrary({ maxMunicipalities: 80 }), {
		seed: 2026,
		numRuns: 40
	});
	const extreme = fc.sample(scenarioArbitrary({ maxMunicipalities: 30, extreme: true }), {
		seed: 2027,
		numRuns: 20
	});
	return [
		...ordinary.map((scenario, i) => ({ name: `random-${i}`, scenario })),
		...extreme.map((scenario, i) => ({ name: `extreme-${i}`, scenario }))
	];
}
