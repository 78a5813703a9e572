/**
 * A deterministic region the size of the Netherlands (342 municipalities by default) for the
 * benchmarks and the profile: every machine measures the same scenario.
 */
import type { DemandGroup, Municipality, Scenario } from '../src/lib/model/types';

/** mulberry32: a small seeded generator, so every machine benchmarks (and tests) the same numbers. */
export function generator(seed: number) {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

export function nationalRegion(n: number, seed: number): Scenario {
	const random = generator(seed);
	const between = (lo: number, hi: number) => lo + (hi - lo) * random();
	const municipalities: Municipality[] = Array.from({ length: n }, (_, i) => {
		// Sizes spread like Dutch municipalities: many small, a few large (log-uniform 1k–900k).
		const inhabitants = Math.round(Math.exp(between(Math.log(1_000), Math.log(900_000))));
		const dwellings = Math.round(inhabitants / between(2.0, 2.4));
		const socialShare = between(0.1, 0.45);
		const mutationRate = between(0.04, 0.1);
		const available = dwellings * socialShare * mutationRate;
		return {
			code: `GM${String(i + 1).padStart(4, '0')}`,
			name: `Gemeente ${i + 1}`,
			inhabitants,
			households: Math.round(inhabitants / 2.1),
			vulnerable: Math.round(inhabitants * between(0.1, 0.3)),
			dwellings,
			socialShare,
			mutationRate,
			currentUrgents: Math.round(available * between(0.02, 0.08)),
			populationGrowth: between(-0.005, 0.015),
			newDwellingsPerYear: Math.round(dwellings * between(0, 0.015)),
			socialShareOfNewBuild: between(0.2, 0.4),
			socialStockLossPerYear: between(0, 0.005),
			mutationRateChangePerYear: between(-0.001, 0.001)
		};
	});
	const demand: DemandGroup[] = [
		{ group: 'uitstroom-bw', perYear: 6_000, trendPerYear: 0.02, distributable: true },
		{ group: 'uitstroom-mo', perYear: 4_000, trendPerYear: 0.01, distributable: true },
		{ group: 'uitstroom-ggz', perYear: 3_000, trendPerYear: 0, distributable: true },
		{
			group: 'medisch',
			perYear: 2_500,
			trendPerYear: 0,
			distributable: true,
			key: { type: 'available' }
		},
		{
			group: 'uitstroom-jeugd',
			perYear: 2_000,
			trendPerYear: -0.01,
			distributable: true,
			key: {
				type: 'composite',
				weights: { inhabitants: 0.5, socialStock: 0.25, available: 0.25 }
			}
		},
		{ group: 'mantelzorg', perYear: 1_500, trendPerYear: 0.03, distributable: false },
		{ group: 'sekswerkers', perYear: 100, trendPerYear: 0, distributable: false },
		{ group: 'statushouders', perYear: 20_000, distributable: false, statushouders: true },
		{ group: 'nareizigers', perYear: 5_000, distributable: false, statushouders: true }
	];
	return {
		format: 'verdeelwijzer-scenario',
		version: 1,
		name: 'Benchmark: 342 gemeenten',
		baseYear: 2025,
		horizonYears: 20,
		municipalities,
		demand,
		key: { type: 'composite', weights: { inhabitants: 0.5, socialStock: 0, available: 0.5 } },
		fairShareKey: { type: 'inhabitants' },
		growthPath: { years: 5, gamma: 1 },
		bounds: { capShare: 0.3, floorShare: 0 },
		compensation: { pricePerHousehold: 1_000 },
		uncertainty: { runs: 0, seed: 1 }
	};
}
