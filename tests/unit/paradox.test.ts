/**
 * The paradox detector (paradox.ts): a concrete Alabama paradox of
 * largest-remainder rounding, a key change that flips a municipality below
 * its fair share, and properties on random scenarios: a run compared with
 * itself has no alert, and an alert is reported exactly where the
 * definition holds.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { detectParadoxes, type ParadoxRun } from '$lib/model/paradox';
import type { BasicKeyType, KeySpec, Municipality, Scenario } from '$lib/model/types';
import { bijlage5, run, scenarioArbitrary, seeded } from './helpers';

const town = (code: string, inhabitants: number, extra: Partial<Municipality> = {}) => ({
	code,
	name: code,
	inhabitants,
	dwellings: inhabitants / 2,
	socialShare: 0.3,
	mutationRate: 0.07,
	...extra
});

/** Three towns 6 : 6 : 2 over one year: 10 households give 4/4/2, 11 give 5/5/1 (Hamilton). */
function hamilton(perYear: number): Scenario {
	const s = bijlage5();
	return {
		...s,
		horizonYears: 1,
		municipalities: [town('A', 6000), town('B', 6000), town('C', 2000)],
		demand: [{ group: 'uitstroom-bw', perYear, distributable: true }],
		key: { type: 'inhabitants' },
		fairShareKey: null,
		growthPath: { years: 0, gamma: 1 },
		bounds: { capShare: null, floorShare: 0 }
	};
}

const runOf = (scenario: Scenario): ParadoxRun => ({ scenario, result: run(scenario) });

describe('Alabama paradox', () => {
	test('one more household for the region, one fewer for the small town, named', () => {
		const before = runOf(hamilton(10));
		const after = runOf(hamilton(11));
		expect(before.result.byYear[0]!.households).toEqual([4, 4, 2]);
		expect(after.result.byYear[0]!.households).toEqual([5, 5, 1]);
		expect(detectParadoxes(before, after)).toEqual([
			{ kind: 'alabama', code: 'C', name: 'C', year: 2026, before: 2, after: 1 }
		]);
	});

	test('less demand is no paradox, and another region is not compared', () => {
		expect(detectParadoxes(runOf(hamilton(11)), runOf(hamilton(10)))).toEqual([]);
		const other = hamilton(11);
		other.municipalities = other.municipalities.map((m, i) => ({ ...m, code: `X${i}` }));
		expect(detectParadoxes(runOf(hamilton(10)), runOf(other))).toEqual([]);
	});
});

describe('a key change that moves a municipality below its fair share', () => {
	test('fair share by inhabitants: from the available key to inhabitants the centrum drops', () => {
		// Bijlage 5 with a growth path from today's 94 / 6 and fair share by social stock.
		const base = bijlage5();
		const s = (key: KeySpec): Scenario => ({
			...base,
			key,
			fairShareKey: { type: 'socialStock' },
			growthPath: { years: 0, gamma: 1 }
		});
		const before = runOf(s({ type: 'available' }));
		const after = runOf(s({ type: 'inhabitants' }));
		const alerts = detectParadoxes(before, after);
		const centrum = before.result.codes.indexOf('C');
		expect(before.result.ledger[centrum]).toBeGreaterThan(0.5);
		expect(after.result.ledger[centrum]).toBeLessThan(-0.5);
		expect(alerts).toContainEqual(
			expect.objectContaining({
				kind: 'fairShareFlip',
				code: 'C',
				name: before.result.names[centrum]
			})
		);
		// The same change without a key change (only demand) reports no flip.
		expect(detectParadoxes(after, after).length).toBe(0);
	});
});

describe('properties on random scenarios', () => {
	const small = scenarioArbitrary({ maxMunicipalities: 12 });

	test('a run compared with itself has no alert', () => {
		fc.assert(
			fc.property(small, (s) => {
				const r = runOf(s);
				return detectParadoxes(r, r).length === 0;
			}),
			seeded(60)
		);
	});

	test('with more demand, an Alabama alert is reported exactly for the municipalities that lose households', () => {
		fc.assert(
			fc.property(small, fc.double({ min: 0.001, max: 0.5, noNaN: true }), (s, rise) => {
				const more: Scenario = {
					...s,
					demand: s.demand.map((g) => ({ ...g, perYear: g.perYear * (1 + rise) + 0.01 }))
				};
				const a = runOf(s);
				const b = runOf(more);
				const alerts = detectParadoxes(a, b).filter((x) => x.kind === 'alabama');
				const expected = new Set<string>();
				a.result.byYear.forEach((ya, t) => {
					const yb = b.result.byYear[t]!;
					if (!(yb.demand > ya.demand + 1e-9)) return;
					yb.households.forEach((h, i) => {
						if (h < ya.households[i]!) expected.add(a.result.codes[i]!);
					});
				});
				const got = new Set(alerts.map((x) => x.code));
				if (got.size !== alerts.length) throw new Error('a municipality is reported twice');
				for (const x of alerts) {
					const t = b.result.years.indexOf(x.year);
					const i = b.result.codes.indexOf(x.code);
					if (!(b.result.byYear[t]!.households[i]! < a.result.byYear[t]!.households[i]!))
						throw new Error(`${x.code} reported in ${x.year} without losing a household`);
				}
				return got.size === expected.size && [...expected].every((c) => got.has(c));
			}),
			seeded(60)
		);
	});

	test('a fair-share flip is only reported after a key change, from above to below', () => {
		fc.assert(
			fc.property(
				small,
				fc.constantFrom<BasicKeyType>('inhabitants', 'socialStock', 'available'),
				(s, type) => {
					const a = runOf(s);
					const b = runOf({ ...s, key: { type } });
					const flips = detectParadoxes(a, b).filter((x) => x.kind === 'fairShareFlip');
					if (JSON.stringify(s.key) === JSON.stringify({ type })) return flips.length === 0;
					return flips.every((x) => {
						const i = a.result.codes.indexOf(x.code);
						return a.result.ledger[i]! > 0.5 && b.result.ledger[i]! < -0.5;
					});
				}
			),
			seeded(60)
		);
	});
});
