/**
 * Whole households over the whole horizon and the bounds of model v2
 * (model.md §5.4–5.5): the audit's counterexamples, the capped 10,5-a-year
 * town, minima and maxima, what the cap counts, a weight-0 municipality with
 * room; then seeded properties on random regions (1–60 municipalities, 1–30
 * years, caps of either count, floors, minima, maxima, growth paths, own-key
 * groups) and a brute-force check of the rounding on small cases.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { roundHalfUp, wholeHouseholds } from '$lib/model/apportion';
import { projectRegion } from '$lib/model/projection';
import type { Municipality, Scenario, SimulationResult } from '$lib/model/types';
import {
	bijlage5,
	check,
	inDelta,
	run,
	scenarioArbitrary,
	seeded,
	sum,
	yearSetting
} from './helpers';

const EPS = 1e-9;

/** Adds 4 medical urgents a year, distributed by their own key (inhabitants). */
const withOwnKeyGroup = (s: Scenario) =>
	s.demand.push({
		group: 'medisch',
		perYear: 4,
		distributable: true,
		key: { type: 'inhabitants' }
	});

function town(code: string, inhabitants: number, extra: Partial<Municipality> = {}): Municipality {
	return {
		code,
		name: `Gemeente ${code}`,
		inhabitants,
		dwellings: inhabitants / 2,
		socialShare: 0.3,
		mutationRate: 0.07,
		...extra
	};
}

function region(municipalities: Municipality[], perYear: number, change?: (s: Scenario) => void) {
	const s: Scenario = {
		...bijlage5(),
		horizonYears: 10,
		municipalities,
		demand: [{ group: 'uitstroom-bw', perYear, trendPerYear: 0, distributable: true }]
	};
	change?.(s);
	return s;
}

/** Cumulative households and exact allocation per year (outer) and municipality (inner). */
function cumulative(r: SimulationResult) {
	const n = r.codes.length;
	const H = new Float64Array(n);
	const X = new Float64Array(n);
	return r.byYear.map((y) => {
		for (let i = 0; i < n; i++) {
			H[i]! += y.households[i]!;
			X[i]! += y.exact[i]!;
		}
		return { H: Array.from(H), X: Array.from(X) };
	});
}

function largestGap(r: SimulationResult): number {
	return Math.max(...cumulative(r).flatMap(({ H, X }) => H.map((h, i) => Math.abs(h - X[i]!))));
}

describe('whole households over the horizon (model.md §5.5)', () => {
	test('Bijlage 5 with 100 a year by inhabitants gives 83/17, 84/16, 83/17, 83/17, 84/16', () => {
		expect(run(bijlage5()).byYear.map((y) => y.households)).toEqual([
			[83, 17],
			[84, 16],
			[83, 17],
			[83, 17],
			[84, 16]
		]);
	});

	test('0,9 a year between 1.000 and 13.000 inhabitants: the small town stays within one household (year by year it lagged 1,01 in 2031)', () => {
		const r = run(region([town('K', 1000), town('G', 13000)], 0.9));
		expect(largestGap(r)).toBeLessThan(1);
		expect(sum(r.byYear.map((y) => sum(y.households)))).toBe(9);
	});

	test('a steep growth path (Y = 2, γ = 3) stays within one household (year by year it lagged 1,07 for good)', () => {
		const r = run(
			region(
				[town('A', 13000, { currentUrgents: 1 }), town('B', 1000, { currentUrgents: 0 })],
				0.9,
				(s) => {
					s.horizonYears = 30;
					s.growthPath = { years: 2, gamma: 3 };
				}
			)
		);
		expect(largestGap(r)).toBeLessThan(1);
	});

	test('a town capped at 10,5 a year gets 11, 10, 11, 10 … and its neighbour 95 in ten years, as exact', () => {
		// A: 35 relettings, 30 % cap = 10,5; by inhabitants it would get 12 of 20.
		const capped = town('A', 60000, { dwellings: 500, socialShare: 1, mutationRate: 0.07 });
		const r = run(region([capped, town('B', 40000)], 20, (s) => (s.bounds.capShare = 0.3)));
		expect(r.byYear.map((y) => y.households[0])).toEqual([11, 10, 11, 10, 11, 10, 11, 10, 11, 10]);
		expect(sum(r.byYear.map((y) => y.households[1]!))).toBe(95);
		for (const y of r.byYear) {
			inDelta(y.exact, [10.5, 9.5], 1e-9);
			expect(y.unplaced).toBe(0);
		}
		inDelta(r.ledger, [10 * (10.5 - 12), 10 * (9.5 - 8)], 1e-9);
		expect(r.byYear[0]!.capBinds).toBe(true);
	});
});

describe('bounds of model v2 (model.md §5.4)', () => {
	test('a municipality with room but weight 0 takes nothing, and a warning names it', () => {
		// Z has relettings but no inhabitants: weight 0 on the inhabitants key.
		const z = town('Z', 0, { dwellings: 20000 });
		const r = run(
			region([town('A', 10000), town('B', 10000), z], 400, (s) => (s.bounds.capShare = 0.3))
		);
		const y = r.byYear[0]!;
		inDelta(y.exact, [31.5, 31.5, 0], 1e-9);
		inDelta(y.unplaced, 400 - 63, 1e-9);
		const room = r.warnings.filter((w) => w.kind === 'roomWithoutWeight');
		expect(room).toHaveLength(10);
		expect(room[0]).toMatchObject({ year: 2026, codes: ['Z'], amount: 337 });
	});

	test('a weight-0 municipality takes its minimum (min(lo, hi)), the others the rest', () => {
		const z = town('Z', 0, { dwellings: 20000, minPerYear: 5 });
		const r = run(region([town('A', 10000), z], 20));
		inDelta(r.byYear[0]!.exact, [15, 5], 1e-9);
		expect(r.byYear[0]!.households).toEqual([15, 5]);
	});

	test('maxPerYear caps a municipality without a cap share; own-key households count in it', () => {
		const r = run(
			region([town('A', 10000, { maxPerYear: 6 }), town('B', 10000)], 20, withOwnKeyGroup)
		);
		// A gets 2 of the own-key group, so 4 of the path demand; B the rest.
		inDelta(r.byYear[0]!.exact, [6, 18], 1e-9);
	});

	test('minPerYear lifts a municipality above its share', () => {
		const r = run(region([town('A', 10000, { minPerYear: 15 }), town('B', 10000)], 20));
		inDelta(r.byYear[0]!.exact, [15, 5], 1e-9);
	});

	test('a maximum below the minimum is valid: the maximum wins, with a warning naming the municipality', () => {
		const r = run(
			region([town('A', 10000, { minPerYear: 15, maxPerYear: 8 }), town('B', 10000)], 20)
		);
		inDelta(r.byYear[0]!.exact, [8, 12], 1e-9);
		const w = r.warnings.filter((x) => x.kind === 'maxBelowMin');
		expect(w).toHaveLength(10);
		expect(w[0]!.codes).toEqual(['A']);
	});

	test('own-key households past a maximum stay (never moved by a bound) and are flagged', () => {
		const r = run(
			region([town('A', 10000, { maxPerYear: 1 }), town('B', 10000)], 20, withOwnKeyGroup)
		);
		inDelta(r.byYear[0]!.exact, [2, 22], 1e-9);
		expect(r.warnings.find((w) => w.kind === 'overMaximum')?.codes).toEqual(['A']);
	});

	test('capCounts "urgents": statushouders do not use up the room under the cap', () => {
		const statushouders = {
			group: 'statushouders',
			perYear: 40,
			distributable: false,
			statushouders: true
		};
		const withCount = (capCounts: 'priority' | 'urgents') => {
			const s = bijlage5();
			s.bounds = { capShare: 0.1, floorShare: 0, capCounts };
			s.demand.push(statushouders);
			return run(s).byYear[0];
		};
		inDelta(withCount('priority')!.exact[1]!, 11.7 - 40 / 6, 1e-9);
		const urgents = withCount('urgents');
		inDelta(urgents!.exact[1]!, 11.7, 1e-9);
		// The priority share still counts statushouders; the flag follows what the cap counts.
		inDelta(urgents!.priorityShare[1]!, (11.7 + 40 / 6) / 117, 1e-12);
		expect(urgents!.overCap[1]).toBe(false);
	});
});

// ---------------------------------------------------------------------------
// Properties on random regions (1–60 municipalities, 1–30 years)

describe('properties of whole households and bounds', () => {
	const small = scenarioArbitrary({ maxMunicipalities: 60 });

	test('on 1 200 random regions: |H − X| < 1 everywhere, totals K(t), households + unplaced = demand, no household above the ceil of a cumulative bound, ledger = −unplaced, compensation balances', () => {
		fc.assert(
			fc.property(small, (s) => {
				const r = run(s);
				const n = s.municipalities.length;
				const H = new Float64Array(n);
				const X = new Float64Array(n);
				const U = new Float64Array(n);
				const bounded =
					s.bounds.capShare !== null || s.municipalities.some((m) => m.maxPerYear !== undefined);
				let households = 0;
				let unplaced = 0;
				let demand = 0;
				let before = 0;
				const projection = bounded ? projectRegion(s.municipalities, s.horizonYears) : [];
				r.byYear.forEach((y, k) => {
					const setting = bounded ? yearSetting(s, projection, k + 1) : null;
					let total = 0;
					let placed = 0;
					for (let i = 0; i < n; i++) {
						const h = y.households[i]!;
						check(Number.isInteger(h) && h >= 0, () => `${y.year} [${i}]: ${h} households`);
						H[i]! += h;
						X[i]! += y.exact[i]!;
						total += X[i]!;
						placed += y.exact[i]!;
						check(
							H[i] === Math.floor(X[i]! + EPS) || H[i] === Math.ceil(X[i]! - EPS),
							() => `${y.year} [${i}]: cumulative households ${H[i]}, exact ${X[i]}`
						);
						if (setting?.hi) {
							// What the bounds let it take: the path part up to hi (a floor above wins only
							// when it is no higher), plus its own-key households.
							U[i]! += Math.max(setting.lower[i]!, setting.hi[i]!) + setting.ownKey[i]!;
							check(
								H[i]! <= Math.ceil(U[i]! + 1e-7 * (1 + U[i]!)),
								() =>
									`${y.year} [${i}]: ${H[i]} households above ceil of the cumulative bound ${U[i]}`
							);
						}
					}
					const k_t = roundHalfUp(total) - before;
					before += k_t;
					check(
						sum(y.households) === k_t,
						() => `${y.year}: ${sum(y.households)} households, K(t) = ${k_t}`
					);
					check(
						Math.abs(placed + y.unplaced - y.demand) <= 1e-9 * (1 + y.demand),
						() => `${y.year}: placed ${placed} + unplaced ${y.unplaced} != demand ${y.demand}`
					);
					households += sum(y.households);
					unplaced += y.unplaced;
					demand += y.demand;
					check(
						Math.abs(households + unplaced - demand) <= 0.5 + 1e-9 * (1 + demand),
						() => `${y.year}: households ${households} + unplaced ${unplaced} vs demand ${demand}`
					);
					const ledger = sum(y.ledger);
					check(
						Math.abs(ledger + unplaced) <= 1e-9 * (1 + demand),
						() => `${y.year}: ledger sums to ${ledger}, cumulative unplaced ${unplaced}`
					);
				});
				const paid = sum(r.compensation);
				check(
					Math.abs(paid) <= 1e-9 * (1 + s.compensation.pricePerHousehold * demand),
					() => `compensation does not balance: ${paid}`
				);
			}),
			seeded(1200)
		);
		// 1 200 whole runs: seconds, not the default 5 s budget of one test.
	}, 60_000);
});

// ---------------------------------------------------------------------------
// Brute force on small cases: n <= 4, T <= 5

/** Is there any path of cumulative households, floor or ceil of X every year, non-decreasing, summing to round(ΣX)? */
function validExists(exact: number[][]): boolean {
	const n = exact[0]!.length;
	const X: number[][] = [];
	exact.forEach((row, t) => X.push(row.map((x, i) => x + (t ? X[t - 1]![i]! : 0))));
	const totals = X.map((row) => roundHalfUp(row.reduce((a, b) => a + b, 0)));
	const search = (t: number, prev: number[]): boolean => {
		if (t === X.length) return true;
		const options = X[t]!.map((x, i) =>
			[...new Set([Math.floor(x + EPS), Math.ceil(x - EPS)])].filter((h) => h >= prev[i]!)
		);
		const pick = (i: number, chosen: number[], total: number): boolean => {
			if (i === n) return total === totals[t] && search(t + 1, chosen);
			return options[i]!.some((h) => pick(i + 1, [...chosen, h], total + h));
		};
		return pick(0, [], 0);
	};
	return search(0, new Array(n).fill(0));
}

function isValid(exact: number[][], households: number[][]): boolean {
	const n = exact[0]!.length;
	const X = new Float64Array(n);
	const H = new Float64Array(n);
	let before = 0;
	return exact.every((row, t) => {
		let total = 0;
		for (let i = 0; i < n; i++) {
			X[i]! += row[i]!;
			H[i]! += households[t]![i]!;
			total += X[i]!;
			if (households[t]![i]! < 0) return false;
			if (H[i] !== Math.floor(X[i]! + EPS) && H[i] !== Math.ceil(X[i]! - EPS)) return false;
		}
		const k = roundHalfUp(total) - before;
		before += k;
		return sum(households[t]!) === k;
	});
}

describe('brute force on small cases', () => {
	// Quarters and thirds give ties and exact halves; zeros give years without demand.
	const amount = fc.oneof(
		fc.integer({ min: 0, max: 12 }).map((k) => k / 4),
		fc.integer({ min: 0, max: 9 }).map((k) => k / 3),
		fc.double({ min: 0, max: 5, noNaN: true })
	);
	const cases = fc
		.tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 5 }))
		.chain(([n, years]) =>
			fc.array(fc.array(amount, { minLength: n, maxLength: n }), {
				minLength: years,
				maxLength: years
			})
		);

	test('a valid assignment exists whenever the rule finds one, and the rule always finds one (500 cases)', () => {
		fc.assert(
			fc.property(cases, (exact) => {
				const ours = isValid(exact, wholeHouseholds(exact));
				check(ours, () => `the rule gave ${JSON.stringify(wholeHouseholds(exact))}`);
				check(validExists(exact), () => 'the rule found an assignment the brute force cannot');
			}),
			seeded(500)
		);
	});
});
