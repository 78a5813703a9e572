/** The spreidingsanalyse figures (spreading.ts) on the seed's Bijlage 5 and on edge cases. */
import { describe, expect, test } from 'vitest';
import { spreadingFigures } from '$lib/model/spreading';
import { bijlage5, inDelta, run } from './helpers';

describe('spreidingsanalyse', () => {
	test('Bijlage 5 by inhabitants: both municipalities at the regional average', () => {
		const s = bijlage5();
		s.key = { type: 'inhabitants' };
		s.growthPath = { years: 0, gamma: 1 };
		const r = run(s);
		const y = r.spreading.byYear[0]!;
		const urgents = r.byYear[0]!.exact.map((x, i) => x + r.byYear[0]!.nonDistributable[i]!);
		const total = urgents.reduce((a, b) => a + b, 0);
		inDelta(y.average.perThousandInhabitants!, (total / 180000) * 1000);
		inDelta(y.average.perHundredSocial!, (total / 21150) * 100);
		inDelta(y.perThousandInhabitants as number[], [
			(urgents[0]! / 150000) * 1000,
			(urgents[1]! / 30000) * 1000
		]);
		// By inhabitants every municipality sits on the average.
		inDelta(y.perThousandInhabitants as number[], [
			y.average.perThousandInhabitants!,
			y.average.perThousandInhabitants!
		]);
		// Per 100 social-rent dwellings the regio (few social dwellings) is far above.
		expect(y.perHundredSocial[1]!).toBeGreaterThan(y.perHundredSocial[0]!);
	});

	test("today's distribution on base-year values, null when none is given", () => {
		const s = bijlage5();
		const r = run(s);
		const c = s.municipalities.map((m) => m.currentUrgents!);
		inDelta(r.spreading.today!.perThousandInhabitants as number[], [
			(c[0]! / 150000) * 1000,
			(c[1]! / 30000) * 1000
		]);
		for (const m of s.municipalities) delete m.currentUrgents;
		expect(run(s).spreading.today).toBeNull();
	});

	test('no inhabitants or no social stock: null, never Infinity or NaN', () => {
		const f = spreadingFigures([3, 0], {
			inhabitants: Float64Array.from([0, 100]),
			socialStock: Float64Array.from([10, 0])
		});
		expect(f.perThousandInhabitants).toEqual([null, 0]);
		expect(f.perHundredSocial).toEqual([30, null]);
		expect(f.average.perThousandInhabitants).toBe(30);
		const empty = spreadingFigures([], {
			inhabitants: new Float64Array(),
			socialStock: new Float64Array()
		});
		expect(empty.average).toEqual({ perThousandInhabitants: null, perHundredSocial: null });
	});
});
