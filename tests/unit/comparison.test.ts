import { describe, expect, test } from 'vitest';
import { Comparison } from '$lib/compare/comparison.svelte';
import { parseScenario, runScenario, type Scenario } from '$lib/model';
import bijlage5 from '$lib/scenarios/bijlage5.json';

const base = (() => {
	const p = parseScenario(bijlage5);
	if (!p.ok) throw new Error('example invalid');
	return p.scenario;
})();
const horizon = (years: number): Scenario => ({ ...base, horizonYears: years });

describe('Comparison: the runs behind the comparison view go through the scheduler', () => {
	test('a burst of requests costs at most two rounds and the latest list lands', async () => {
		const asked: number[] = [];
		const comparison = new Comparison(async (s) => {
			asked.push(s.horizonYears);
			await new Promise((r) => setTimeout(r, 5));
			return runScenario(s);
		});
		for (const years of [5, 6, 7, 8]) {
			comparison.request([
				{ name: 'a', scenario: base },
				{ name: 'b', scenario: horizon(years) }
			]);
		}
		await comparison.idle();
		// The first round (5) ran; 6 and 7 were replaced by 8 before they started.
		expect(asked).toEqual([5, 5, 5, 8]);
		expect(comparison.results.map((r) => r?.years.length)).toEqual([5, 8]);
		expect(comparison.problems).toEqual([]);
	});

	test('a refused scenario is named with its reason, the others still shown', async () => {
		const comparison = new Comparison(async (s) => runScenario(s));
		comparison.request([
			{ name: 'goed', scenario: base },
			{ name: 'kapot', scenario: { ...base, horizonYears: -1 } }
		]);
		await comparison.idle();
		expect(comparison.results[0]).not.toBeNull();
		expect(comparison.results[1]).toBeNull();
		expect(comparison.problems).toHaveLength(1);
		expect(comparison.problems[0]).toMatch(/^kapot: .*horizon/);
	});

	test('runs no Monte Carlo on the slider engine, even for a scenario that asks for runs', async () => {
		const asked: number[] = [];
		const comparison = new Comparison(async (s) => {
			asked.push(s.uncertainty.runs);
			return runScenario(s);
		});
		const withRuns = { ...base, uncertainty: { runs: 500, seed: 1 } };
		comparison.request([{ name: 'met runs', scenario: withRuns }]);
		await comparison.idle();
		expect(asked).toEqual([0]);
		expect(comparison.results[0]?.uncertainty).toBeNull();
		// The deterministic figures are those of the scenario as it is.
		const own = runScenario(withRuns);
		expect(own.ok && own.result.uncertainty?.runs).toBe(500);
		expect(comparison.results[0]?.byYear).toEqual(own.ok && own.result.byYear);
	});
});
