import { describe, expect, test } from 'vitest';
import { exploreScenario, parseScenario, type Scenario } from '$lib/model';
import bijlage5 from '$lib/scenarios/bijlage5.json';
import { Simulation } from '$lib/sim/simulation.svelte';

const base = (() => {
	const p = parseScenario(bijlage5);
	if (!p.ok) throw new Error('example invalid');
	return p.scenario;
})();
const withRate = (rate: number): Scenario => ({
	...base,
	municipalities: base.municipalities.map((m) => ({ ...m, mutationRate: rate }))
});

/** The pure engine behind a promise, counting the runs it is asked for. */
function countingRunner() {
	const runs: number[] = [];
	const run = async (s: Scenario) => {
		runs.push(s.municipalities[0]!.mutationRate);
		await new Promise((r) => setTimeout(r, 5));
		return exploreScenario(s);
	};
	return { runs, run };
}

const settle = () => new Promise((r) => setTimeout(r, 60));

/** A Simulation over a counting runner, settled on a mutation rate of 7 %. */
async function showingRate7() {
	const { runs, run } = countingRunner();
	const sim = new Simulation(run);
	sim.update(withRate(0.07));
	await settle();
	return { runs, sim };
}

describe('Simulation', () => {
	test('a scenario computed ahead is shown from the cache without another run', async () => {
		const { runs, sim } = await showingRate7();
		sim.prefetch([withRate(0.08)]);
		await settle();
		expect(runs).toEqual([0.07, 0.08]);
		sim.update(withRate(0.08));
		expect(sim.outcome?.result.byYear[0]!.relettings[0]).toBeCloseTo(19200 * 0.08, 9);
		expect(runs).toEqual([0.07, 0.08]);
		expect(sim.cacheHits).toBe(1);
	});

	test('an update to the scenario being computed ahead waits for that run instead of running it twice', async () => {
		const { runs, sim } = await showingRate7();
		sim.prefetch([withRate(0.09)]);
		await new Promise((r) => setTimeout(r, 1));
		sim.update(withRate(0.09));
		await settle();
		expect(runs).toEqual([0.07, 0.09]);
		expect(sim.outcome?.result.byYear[0]!.relettings[0]).toBeCloseTo(19200 * 0.09, 9);
	});

	test('a newer update wins over a look-ahead that was joined', async () => {
		const { run } = countingRunner();
		const sim = new Simulation(run);
		sim.prefetch([withRate(0.09)]);
		await new Promise((r) => setTimeout(r, 1));
		sim.update(withRate(0.09));
		sim.update(withRate(0.05));
		await settle();
		await settle();
		expect(sim.outcome?.result.byYear[0]!.relettings[0]).toBeCloseTo(19200 * 0.05, 9);
	});
});

describe('Simulation: paradox alerts against the outcome shown before', () => {
	/** Three towns 6 : 6 : 2 over one year: 10 households give 4/4/2, 11 give 5/5/1. */
	const hamilton = (perYear: number): Scenario => ({
		...base,
		horizonYears: 1,
		municipalities: ['A', 'B', 'C'].map((code, i) => ({
			code,
			name: `Gemeente ${code}`,
			inhabitants: i < 2 ? 6000 : 2000,
			dwellings: 1000,
			socialShare: 0.3,
			mutationRate: 0.07
		})),
		demand: [{ group: 'uitstroom-bw', perYear, distributable: true }],
		bounds: { capShare: null, floorShare: 0 }
	});

	test('one more household for the region and one fewer for C: C is named, until the next change', async () => {
		const sim = new Simulation(async (s) => exploreScenario(s));
		sim.update(hamilton(10));
		await settle();
		expect(sim.outcome?.paradoxes).toEqual([]);
		sim.update(hamilton(11));
		await settle();
		expect(sim.outcome?.paradoxes).toEqual([
			expect.objectContaining({ kind: 'alabama', name: 'Gemeente C', before: 2, after: 1 })
		]);
		sim.update(hamilton(12));
		await settle();
		expect(sim.outcome?.paradoxes).toEqual([]);
	});
});
