/**
 * Invariants of the engine on random valid regions (model.md §2–8), checked
 * with seeded fast-check: 1–400 municipalities with projections, demand
 * groups of every role, basic and composite keys, growth paths with γ, caps
 * and floors. Bounds and demand are recomputed here from the scenario, so a
 * figure is never checked only against another figure of the same result.
 * Checks throw from inner loops (`check`); fast-check prints the message with
 * the shrunk counterexample.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { simulate } from '$lib/model/engine';
import { projectRegion } from '$lib/model/projection';
import {
	BASIC_KEYS,
	type BasicKeyType,
	type Municipality,
	type Scenario,
	type SimulationResult,
	type YearResult
} from '$lib/model/types';
import {
	check,
	groupDemand,
	nonFiniteNumbers,
	roleOf,
	run,
	scenarioArbitrary,
	seeded,
	sum,
	yearSetting
} from './helpers';

// Every run goes through validation (`run`): a generated scenario that is refused fails the test.
const scenarios = scenarioArbitrary();

/** Checks `body` on `numRuns` seeded random scenarios and the result of each. */
const forEveryRun = (numRuns: number, body: (s: Scenario, r: SimulationResult) => void) =>
	fc.assert(
		fc.property(scenarios, (s) => body(s, run(s))),
		seeded(numRuns)
	);

const withoutBounds = (s: Scenario): Scenario => ({
	...s,
	municipalities: s.municipalities.map(({ minPerYear: _min, maxPerYear: _max, ...m }) => m),
	bounds: { capShare: null, floorShare: 0 }
});

describe('shares', () => {
	test('simulate on random regions gives targetShares, pathShares and base keys summing to 1 within 1e-12', () => {
		forEveryRun(60, (s, r) => {
			const base = projectRegion(s.municipalities, 0)[0]!;
			for (const type of BASIC_KEYS) {
				const total = sum(r.keys[type]);
				// A key without any weight in the base year has no shares (all 0), never NaN.
				const expected = sum(base[type]) > 0 ? 1 : 0;
				check(Math.abs(total - expected) <= 1e-12, () => `keys.${type} sum to ${total}`);
				check(
					r.keys[type].every((p) => p >= 0),
					() => `keys.${type} has a negative share`
				);
			}
			if (r.currentShares) {
				const total = sum(r.currentShares);
				check(Math.abs(total - 1) <= 1e-12, () => `currentShares sum to ${total}`);
			}
			for (const y of r.byYear) {
				for (const name of ['targetShares', 'pathShares'] as const) {
					const total = sum(y[name]);
					check(Math.abs(total - 1) <= 1e-12, () => `${y.year} ${name} sum to ${total}`);
					check(
						y[name].every((p) => p >= 0),
						() => `${y.year} ${name} has a negative share`
					);
				}
			}
		});
	});

	test('simulate moves pathShares from today to the target: equal to targetShares from year Y on, between q0 and p before', () => {
		forEveryRun(40, (s, r) => {
			const q0 = r.currentShares;
			const Y = s.growthPath.years;
			for (const y of r.byYear) {
				const t = y.year - s.baseYear;
				const n = y.targetShares.length;
				for (let i = 0; i < n; i++) {
					const p = y.targetShares[i]!;
					const q = y.pathShares[i]!;
					if (!q0 || t >= Y) {
						check(Math.abs(q - p) <= 1e-15, () => `${y.year}: q[${i}] = ${q} but p = ${p}`);
					} else {
						const lo = Math.min(p!, q0[i]!) - 1e-15;
						const hi = Math.max(p!, q0[i]!) + 1e-15;
						check(q >= lo && q <= hi, () => `${y.year}: q[${i}] = ${q} outside [${lo}, ${hi}]`);
					}
				}
			}
		});
	});
});

describe('households', () => {
	test('simulate gives whole households >= 0 that with unplaced account for all demand', () => {
		forEveryRun(60, (s, r) => {
			let households = 0;
			let unplaced = 0;
			let demand = 0;
			for (const y of r.byYear) {
				for (const h of y.households) {
					check(Number.isInteger(h) && h >= 0, () => `${y.year}: household count ${h}`);
					households += h;
				}
				check(y.unplaced >= 0, () => `${y.year}: unplaced ${y.unplaced} < 0`);
				unplaced += y.unplaced;
				// Demand as model.md §3 defines it, from the scenario: distributable groups.
				const t = y.year - s.baseYear;
				const expected = s.demand
					.filter((g) => roleOf(g) === 'path' || roleOf(g) === 'ownKey')
					.reduce((a, g) => a + groupDemand(g.perYear, g.trendPerYear, t), 0);
				check(
					Math.abs(y.demand - expected) <= 1e-9 * (1 + expected),
					() => `${y.year}: demand ${y.demand}, expected ${expected}`
				);
				demand += y.demand;
			}
			// Yearly totals are the round-half-up steps of cumulative placed demand.
			const gap = households + unplaced - demand;
			check(
				Math.abs(gap) <= 0.5 + 1e-9 * (1 + demand),
				() => `households ${households} + unplaced ${unplaced} - demand ${demand} = ${gap}`
			);
		});
	});

	test('simulate keeps the exact path allocation within [lo, hi] and cumulative households within [floor, ceil] of the cumulative bounds', () => {
		forEveryRun(60, (s, r) => {
			const n = s.municipalities.length;
			const projection = projectRegion(s.municipalities, s.horizonYears);
			const cumH = new Float64Array(n);
			const cumLo = new Float64Array(n);
			const cumHi = new Float64Array(n);
			for (let t = 1; t <= s.horizonYears; t++) {
				const y = r.byYear[t - 1]!;
				const { pathDemand, ownKey, hi, lower } = yearSetting(s, projection, t);
				let placed = 0;
				for (let i = 0; i < n; i++) {
					const x = y.exact[i]! - ownKey[i]!;
					const tol = 1e-9 * (1 + y.exact[i]!);
					placed += x;
					check(
						x >= lower[i]! - tol,
						() => `${y.year} [${i}]: path allocation ${x} < lo ${lower[i]}`
					);
					if (hi)
						check(x <= hi[i]! + tol, () => `${y.year} [${i}]: path allocation ${x} > hi ${hi[i]}`);
					cumH[i]! += y.households[i]!;
					cumLo[i]! += lower[i]! + ownKey[i]!;
					cumHi[i]! += hi ? Math.max(lower[i]!, hi[i]!) + ownKey[i]! : Infinity;
					const slack = 1e-7 * (1 + cumLo[i]!);
					check(
						cumH[i]! >= Math.floor(cumLo[i]! - slack),
						() => `${y.year} [${i}]: ${cumH[i]} households < floor of cumulative lo ${cumLo[i]}`
					);
					check(
						cumH[i]! <= Math.ceil(cumHi[i]! + 1e-7 * (1 + cumHi[i]!)),
						() => `${y.year} [${i}]: ${cumH[i]} households > ceil of cumulative hi ${cumHi[i]}`
					);
				}
				// The path demand is placed or reported: nothing is dropped silently.
				check(
					Math.abs(placed + y.unplaced - pathDemand) <= 1e-9 * (1 + pathDemand),
					() => `${y.year}: placed ${placed} + unplaced ${y.unplaced} != ${pathDemand}`
				);
			}
		});
	});

	test('simulate without bounds never gives a larger target weight fewer exact households in a year on the key', () => {
		// Own-key groups follow the scenario key here, and only years with the growth path done count:
		// then the exact allocation is demand times the key's shares.
		const basic = fc.constantFrom<BasicKeyType>(...BASIC_KEYS);
		fc.assert(
			fc.property(scenarios, basic, (drawn, type) => {
				const s: Scenario = {
					...withoutBounds(drawn),
					key: { type },
					demand: drawn.demand.map((g) => (g.key ? { ...g, key: { type } } : g))
				};
				// The drawn region has weight for its own keys; this key may have none (then invalid).
				fc.pre(sum(projectRegion(s.municipalities, 0)[0]![type]) > 0);
				const r = run(s);
				const projection = referenceProjection(s.municipalities, s.horizonYears);
				for (const y of r.byYear) {
					const t = y.year - s.baseYear;
					if (r.currentShares && t < s.growthPath.years) continue;
					let weights = projection[t]![type];
					if (!(sum(weights) > 0)) weights = projection[t]!.inhabitants;
					const order = Array.from(weights.keys()).sort((a, b) => weights[a]! - weights[b]!);
					// Walk up by weight: every municipality gets at least what any lighter one got.
					let lighterMax = -Infinity;
					let k = 0;
					while (k < order.length) {
						let end = k;
						let groupMax = -Infinity;
						while (end < order.length && weights[order[end]!] === weights[order[k]!]) {
							const i = order[end];
							check(
								y.exact[i!]! >= lighterMax - 1e-9 * (1 + y.demand),
								() =>
									`${y.year}: weight ${weights[i!]} gets ${y.exact[i!]}, a lighter one ${lighterMax}`
							);
							groupMax = Math.max(groupMax, y.exact[i!]!);
							end++;
						}
						lighterMax = Math.max(lighterMax, groupMax);
						k = end;
					}
				}
			}),
			seeded(50)
		);
	});
});

describe('ledger', () => {
	test('simulate gives a ledger that sums to minus the cumulative unplaced', () => {
		forEveryRun(60, (s, r) => {
			let shortfall = 0;
			let demand = 0;
			for (const y of r.byYear) {
				shortfall += y.unplaced;
				demand += y.demand;
				const total = sum(y.ledger);
				check(
					Math.abs(total + shortfall) <= 1e-9 * (1 + demand),
					() => `${y.year}: ledger sums to ${total}, cumulative unplaced ${shortfall}`
				);
			}
			expect(r.ledger).toEqual(r.byYear[r.byYear.length - 1]!.ledger);
			// Compensation is balanced: what receivers get, payers pay.
			const paid = sum(r.compensation);
			check(
				Math.abs(paid) <= 1e-9 * (1 + s.compensation.pricePerHousehold * demand),
				() => `compensation does not balance: ${paid}`
			);
		});
	});
});

describe('invariance', () => {
	test('simulate is unchanged when every weight is multiplied by a power of two (no cap)', () => {
		fc.assert(
			fc.property(scenarios.map(withoutBounds), fc.integer({ min: 1, max: 10 }), (s, k) => {
				const c = 2 ** k;
				const scaled: Scenario = {
					...s,
					municipalities: s.municipalities.map((m) => scaleWeights(m, c))
				};
				expect(allocation(run(scaled))).toEqual(allocation(run(s)));
			}),
			seeded(40)
		);
	});

	test('simulate on the inhabitants key is unchanged, bounds included, when inhabitants are multiplied by any whole number', () => {
		fc.assert(
			fc.property(scenarios, fc.integer({ min: 2, max: 1000 }), (drawn, c) => {
				const s: Scenario = { ...drawn, key: { type: 'inhabitants' } };
				const scaled: Scenario = {
					...s,
					municipalities: s.municipalities.map((m) => ({
						...m,
						inhabitants: m.inhabitants * c,
						...(m.vulnerable === undefined ? {} : { vulnerable: m.vulnerable * c })
					}))
				};
				const a = run(s);
				const b = run(scaled);
				const same = <T>(xs: T[]) => xs;
				closeYears(
					a,
					b,
					['targetShares', 'pathShares', 'exact', 'fairShare', 'ledger'],
					same,
					(ya, yb) => expect(yb.households, `${ya.year} households`).toEqual(ya.households)
				);
			}),
			seeded(30)
		);
	});

	test('simulate on permuted municipalities gives the permuted result', () => {
		const withPermutation = scenarios.chain((s) => {
			const indices = s.municipalities.map((_, i) => i);
			return fc
				.shuffledSubarray(indices, { minLength: indices.length, maxLength: indices.length })
				.map((perm) => [s, perm] as const);
		});
		fc.assert(
			fc.property(withPermutation, ([s, perm]) => {
				const permuted: Scenario = { ...s, municipalities: perm.map((k) => s.municipalities[k]!) };
				const a = run(s);
				const b = run(permuted);
				const back = <T>(xs: T[]) => perm.map((k) => xs[k]!);
				const twins = sameExactEveryYear(b);
				expect(b.codes).toEqual(back(a.codes));
				for (const type of BASIC_KEYS) closeArrays(b.keys[type], back(a.keys[type]), 1e-12, type);
				const names = [
					'targetShares',
					'pathShares',
					'exact',
					'fairShare',
					'relettings',
					'ledger',
					'statushouders',
					'nonDistributable'
				] as const;
				closeYears(a, b, names, back, (ya, yb) => {
					// The tie rule ("then the earlier municipality") is about order: municipalities with the
					// same exact allocation every year may swap households; everyone else keeps theirs.
					const ha = back(ya.households);
					for (const group of twins) {
						const got = group.map((k) => yb.households[k]).sort((u, v) => u! - v!);
						const want = group.map((k) => ha[k]).sort((u, v) => u! - v!);
						expect(got, `${ya.year} households of ${group.join(', ')}`).toEqual(want);
					}
				});
				closeArrays(
					b.compensation,
					back(a.compensation),
					1e-9 * (1 + sum(a.compensation.map(Math.abs))),
					'compensation'
				);
			}),
			seeded(40)
		);
	});

	test('simulate gives the same output for the same input', () => {
		fc.assert(
			fc.property(scenarios, (s) => {
				expect(run(structuredClone(s))).toStrictEqual(run(s));
			}),
			seeded(30)
		);
	});

	test('simulate does not mutate its input', () => {
		fc.assert(
			fc.property(scenarios, (s) => {
				const before = structuredClone(s);
				// Frozen: a write anywhere in the scenario throws (module code is strict).
				simulate(deepFreeze(s));
				expect(s).toStrictEqual(before);
			}),
			seeded(30)
		);
	});

	test('simulate on a static region gives identical real-valued figures every year, equal to the base year', () => {
		const statics = scenarios.map((s): Scenario => ({
			...s,
			municipalities: s.municipalities.map((m) => ({
				...m,
				populationGrowth: 0,
				newDwellingsPerYear: 0,
				socialStockLossPerYear: 0,
				mutationRateChangePerYear: 0
			})),
			demand: s.demand.map((g) => ({ ...g, trendPerYear: 0 })),
			growthPath: { years: 0, gamma: s.growthPath.gamma }
		}));
		fc.assert(
			fc.property(statics, (s) => {
				const r = run(s);
				const first = r.byYear[0]!;
				const {
					households: _h,
					unplaced: _u,
					ledger: _l,
					compensation: _c,
					year: _y,
					...fixed
				} = first;
				// Base-year values straight from the scenario (model.md §1).
				expect(first.inhabitants).toEqual(s.municipalities.map((m) => m.inhabitants));
				expect(first.relettings).toEqual(
					s.municipalities.map((m) => m.dwellings * m.socialShare * m.mutationRate)
				);
				for (const type of BASIC_KEYS) {
					if (sum(r.keys[type]) > 0 && s.key.type === type)
						expect(first.targetShares).toEqual(r.keys[type]);
				}
				for (const y of r.byYear.slice(1)) {
					const {
						households: _hh,
						unplaced: _uu,
						ledger: _ll,
						compensation: _cc,
						year: _yy,
						...same
					} = y;
					expect(same, `${y.year}`).toStrictEqual(fixed);
				}
			}),
			seeded(40)
		);
	});
});

describe('finite numbers', () => {
	test('simulate puts no NaN or Infinity anywhere in the result', () => {
		fc.assert(
			fc.property(scenarios, (s) => {
				const bad = nonFiniteNumbers(run(s));
				check(bad.length === 0, () => bad.slice(0, 5).join(', '));
			}),
			seeded(60)
		);
	});

	test('simulate puts no NaN or Infinity anywhere in the result for extreme valid inputs (tiny magnitudes)', () => {
		fc.assert(
			fc.property(scenarioArbitrary({ extreme: true, maxMunicipalities: 40 }), (s) => {
				const bad = nonFiniteNumbers(run(s));
				check(bad.length === 0, () => bad.slice(0, 5).join(', '));
			}),
			seeded(300)
		);
	});
});

// ---------------------------------------------------------------------------

/** The parts of a result that must not depend on the scale of the weights. */
function allocation(r: SimulationResult) {
	return {
		keys: r.keys,
		currentShares: r.currentShares,
		vulnerableShares: r.vulnerableShares,
		ledger: r.ledger,
		compensation: r.compensation,
		byYear: r.byYear.map((y) => ({
			demand: y.demand,
			targetShares: y.targetShares,
			pathShares: y.pathShares,
			exact: y.exact,
			households: y.households,
			fairShare: y.fairShare,
			nonDistributable: y.nonDistributable,
			statushouders: y.statushouders,
			ledger: y.ledger,
			spreadingIndex: y.spreadingIndex,
			unplaced: y.unplaced
		}))
	};
}

/** Every weight a key, a growth path or a local group can read, times c. */
function scaleWeights(m: Municipality, c: number): Municipality {
	const out: Municipality = {
		...m,
		inhabitants: m.inhabitants * c,
		dwellings: m.dwellings * c
	};
	for (const field of [
		'vulnerable',
		'households',
		'currentUrgents',
		'newDwellingsPerYear'
	] as const) {
		if (m[field] !== undefined) out[field] = m[field] * c;
	}
	return out;
}

type YearFigure =
	| 'targetShares'
	| 'pathShares'
	| 'exact'
	| 'fairShare'
	| 'relettings'
	| 'ledger'
	| 'statushouders'
	| 'nonDistributable';

/**
 * Year by year, the named figures of `b` as those of `a` (put in b's order by `back`) and the
 * year's unplaced households and spreading index, within 1e-9 of the demand; then `also`.
 */
function closeYears(
	a: SimulationResult,
	b: SimulationResult,
	names: readonly YearFigure[],
	back: <T>(xs: T[]) => T[],
	also: (ya: YearResult, yb: YearResult) => void
) {
	a.byYear.forEach((ya, t) => {
		const yb = b.byYear[t]!;
		const tol = 1e-9 * (1 + ya.demand);
		for (const name of names) closeArrays(yb[name], back(ya[name]), tol, `${ya.year} ${name}`);
		closeArrays(
			[yb.unplaced, yb.spreadingIndex],
			[ya.unplaced, ya.spreadingIndex],
			tol,
			`${ya.year}`
		);
		also(ya, yb);
	});
}

function closeArrays(
	actual: ArrayLike<number | null>,
	expected: ArrayLike<number | null>,
	tol: number,
	what: string
) {
	check(
		actual.length === expected.length,
		() => `${what}: length ${actual.length} != ${expected.length}`
	);
	for (let i = 0; i < actual.length; i++) {
		const a = actual[i]!;
		const e = expected[i]!;
		if (a === null || e === null) {
			check(a === e, () => `${what}[${i}]: ${a} != ${e}`);
			continue;
		}
		check(Math.abs(a - e) <= tol * (1 + Math.abs(e!)), () => `${what}[${i}]: ${a} != ${e}`);
	}
}

/** model.md §4 written out again, independent of projection.ts. */
function referenceProjection(
	municipalities: Municipality[],
	horizon: number
): Record<BasicKeyType, number[]>[] {
	const out: Record<BasicKeyType, number[]>[] = [];
	let stock = municipalities.map((m) => m.dwellings * m.socialShare);
	for (let t = 0; t <= horizon; t++) {
		if (t > 0) {
			stock = municipalities.map(
				(m, i) =>
					stock[i]! * (1 - (m.socialStockLossPerYear ?? 0)) +
					(m.newDwellingsPerYear ?? 0) * (m.socialShareOfNewBuild ?? 0)
			);
		}
		out.push({
			inhabitants: municipalities.map(
				(m) => m.inhabitants * Math.pow(1 + (m.populationGrowth ?? 0), t)
			),
			socialStock: stock,
			available: municipalities.map(
				(m, i) =>
					stock[i]! *
					Math.min(1, Math.max(0, m.mutationRate + t * (m.mutationRateChangePerYear ?? 0)))
			)
		});
	}
	return out;
}

/** Groups of positions whose exact allocation is identical in every year (singletons included). */
function sameExactEveryYear(r: SimulationResult): number[][] {
	const groups = new Map<string, number[]>();
	r.codes.forEach((_, i) => {
		const id = r.byYear.map((y) => y.exact[i]).join(',');
		groups.set(id, [...(groups.get(id) ?? []), i]);
	});
	return [...groups.values()];
}

function deepFreeze<T>(value: T): T {
	if (value && typeof value === 'object') {
		for (const v of Object.values(value)) deepFreeze(v);
		Object.freeze(value);
	}
	return value;
}
