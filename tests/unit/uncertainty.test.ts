import { describe, expect, test } from 'vitest';
import { parseScenario, runScenario, simulate, type Scenario } from '$lib/model';
import { mergeInto } from '$lib/model/mcSummary';
import { mergeUncertainty, uncertaintyChunk, uncertaintyOf } from '$lib/model/uncertainty';
import bijlage5 from '$lib/scenarios/bijlage5.json';
import { issueText } from '$lib/i18n/issues';

function example(uncertainty: Scenario['uncertainty'], changes: Partial<Scenario> = {}): Scenario {
	const p = parseScenario({ ...bijlage5, ...changes, uncertainty });
	if (!p.ok) throw new Error(p.issues.map((i) => issueText(i, 'nl')).join('\n'));
	return p.scenario;
}

describe('uncertaintyOf', () => {
	test('no runs: no uncertainty result', () => {
		expect(uncertaintyOf(example({ runs: 0, seed: 1 }))).toBeNull();
	});

	test('the same scenario and seed give the same numbers; another seed other numbers', () => {
		const a = uncertaintyOf(example({ runs: 50, seed: 7, mutationRateSd: 0.01 }));
		const b = uncertaintyOf(example({ runs: 50, seed: 7, mutationRateSd: 0.01 }));
		const c = uncertaintyOf(example({ runs: 50, seed: 8, mutationRateSd: 0.01 }));
		expect(a).toEqual(b);
		expect(a!.meanHouseholds).not.toEqual(c!.meanHouseholds);
	});

	test('the mean over runs converges to the deterministic allocation (within 3 standard errors)', () => {
		const runs = 400;
		const scenario = example({ runs, seed: 3 });
		const exact = simulate(scenario).byYear.map((y) => y.exact);
		const u = uncertaintyOf(scenario)!;
		// Poisson demand of 100: a municipality with share p gets variance p²·100 (+ rounding).
		const shares = simulate(scenario).keys.inhabitants;
		u.meanHouseholds.forEach((row, t) =>
			row.forEach((mean, i) => {
				const se = Math.sqrt((shares[i]! ** 2 * 100 + 0.25) / runs);
				expect(Math.abs(mean - exact[t]![i]!)).toBeLessThan(3 * se + 0.5);
			})
		);
	});

	test('percentiles are ordered, spread with the cv, and P(over cap) is a probability', () => {
		const wide = example(
			{ runs: 200, seed: 5, mutationRateSd: 0.02 },
			{
				demand: [
					{ group: 'uitstroom-bw', perYear: 100, trendPerYear: 0, distributable: true, cv: 0.5 },
					{ group: 'statushouders', perYear: 42, distributable: false, statushouders: true }
				],
				bounds: { capShare: 0.06, floorShare: 0 }
			}
		);
		const narrow = example(
			{ runs: 200, seed: 5 },
			{ demand: [{ group: 'uitstroom-bw', perYear: 100, trendPerYear: 0, distributable: true }] }
		);
		const w = uncertaintyOf(wide)!;
		const n = uncertaintyOf(narrow)!;
		for (let t = 0; t < w.p50.households.length; t++) {
			for (let i = 0; i < 2; i++) {
				expect(w.p10.households[t]![i]).toBeLessThanOrEqual(w.p50.households[t]![i]!);
				expect(w.p50.households[t]![i]).toBeLessThanOrEqual(w.p90.households[t]![i]!);
				expect(w.pOverCap[t]![i]).toBeGreaterThanOrEqual(0);
				expect(w.pOverCap[t]![i]).toBeLessThanOrEqual(1);
			}
		}
		const spread = (u: typeof w) => u.p90.households[0]![0]! - u.p10.households[0]![0]!;
		expect(spread(w)).toBeGreaterThan(spread(n));
		// The regiogemeente's room under a 6 % cap (7 of 117 relettings) is about what its share of
		// 42 statushouders takes: above the cap in some runs, not in all.
		const regio = w.pOverCap.map((row) => row[1]!);
		expect(Math.max(...regio)).toBeGreaterThan(0.1);
		expect(Math.min(...regio)).toBeLessThan(0.9);
	});

	test('the headless run carries the uncertainty; the deterministic figures stay the same', () => {
		const withRuns = runScenario({ ...bijlage5, uncertainty: { runs: 20, seed: 1 } });
		const without = runScenario(bijlage5);
		expect(withRuns.ok && without.ok).toBe(true);
		if (!withRuns.ok || !without.ok) return;
		expect(withRuns.result.uncertainty?.runs).toBe(20);
		expect(without.result.uncertainty).toBeNull();
		expect(withRuns.result.byYear).toEqual(without.result.byYear);
	});

	test('the same scenario and seed give the same numbers however the runs are split into chunks', () => {
		const s = example(
			{ runs: 60, seed: 11, mutationRateSd: 0.01 },
			{
				demand: [
					{ group: 'uitstroom-bw', perYear: 100, distributable: true, cv: 0.3 },
					{ group: 'statushouders', perYear: 42, distributable: false, statushouders: true }
				],
				bounds: { capShare: 0.08, floorShare: 0 }
			}
		);
		const split = (parts: number) => {
			const edges = Array.from({ length: parts + 1 }, (_, k) => Math.round((k * 60) / parts));
			// Merged in reverse: the order the chunks come back in does not matter either.
			const chunks = edges.slice(1).map((to, k) => uncertaintyChunk(s, edges[k]!, to));
			return mergeUncertainty(s, chunks.reverse());
		};
		const one = split(1);
		expect(one).toEqual(uncertaintyOf(s));
		expect(split(2)).toEqual(one);
		expect(split(4)).toEqual(one);
		expect(split(7)).toEqual(one);
		// Runs 30..60 alone count the same draws as they do within the whole: a chunk depends
		// only on its run indices, and the two halves merge into the very summary of the whole.
		const whole = uncertaintyChunk(s, 0, 60);
		const first = uncertaintyChunk(s, 0, 30);
		const second = uncertaintyChunk(s, 30, 60);
		expect(second.hBins).not.toEqual(whole.hBins);
		const merged = mergeInto(second, first);
		expect(merged.hBins).toEqual(whole.hBins);
		expect(merged.uBins).toEqual(whole.uBins);
		expect(merged.extremes).toEqual(whole.extremes);
	});

	test('chunks that leave a gap are refused, not merged into fewer runs', () => {
		const s = example({ runs: 10, seed: 1 });
		expect(() =>
			mergeUncertainty(s, [uncertaintyChunk(s, 0, 4), uncertaintyChunk(s, 5, 10)])
		).toThrow();
	});

	test('says when a cap clipped the draws (the mean then lies below the exact allocation)', () => {
		const capped = example({ runs: 40, seed: 2 }, { bounds: { capShare: 0.1, floorShare: 0 } });
		const free = example({ runs: 40, seed: 2 });
		expect(uncertaintyOf(capped)!.capBinds).toBe(true);
		expect(uncertaintyOf(free)!.capBinds).toBe(false);
	});
});
