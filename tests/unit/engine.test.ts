/**
 * The engine (engine.ts, model.md §3–6) on the Bijlage 5 region with one
 * setting changed at a time: growth path, statushouders, local and own-key
 * groups, caps and floors, regions without relettings, fair share,
 * compensation and the vulnerable concentration.
 */
import { describe, expect, test } from 'vitest';
import { runScenario } from '$lib/model/api';
import { simulate } from '$lib/model/engine';
import { parseScenario } from '$lib/model/scenario';
import type { DemandGroup, Scenario } from '$lib/model/types';
import { bijlage5, inDelta, run, sum } from './helpers';

const C = 5 / 6; // the centrum's inhabitants share
const AV = 1536 / 1653; // the centrum's share of relettings

function scenario(change: (s: Scenario) => void): Scenario {
	const s = bijlage5();
	change(s);
	return s;
}

const statushouders: DemandGroup = {
	group: 'statushouders',
	perYear: 40,
	distributable: false,
	statushouders: true
};
const mantelzorg: DemandGroup = { group: 'mantelzorg', perYear: 10, distributable: false };
const medisch: DemandGroup = {
	group: 'medisch',
	perYear: 30,
	distributable: true,
	key: { type: 'available' }
};

describe('simulate with a growth path', () => {
	const path = run(scenario((s) => (s.growthPath = { years: 5, gamma: 1 })));

	test('over 5 years with γ = 1 moves the centrum from 0.94 to 5/6 a fifth at a time', () => {
		path.byYear.forEach((y, k) => {
			const alpha = (k + 1) / 5;
			inDelta(y.pathShares[0]!, (1 - alpha) * 0.94 + alpha * C, 1e-12, `${y.year}`);
			inDelta(y.exact[0]!, 100 * y.pathShares[0]!, 1e-9);
			expect(y.targetShares[0]).toBe(C);
		});
	});

	test('books the centrum’s over-delivery on the ledger: 100·(0.94 − 5/6)·(0.8 + 0.6 + 0.4 + 0.2)', () => {
		inDelta(path.ledger, [100 * (0.94 - C) * 2, -100 * (0.94 - C) * 2], 1e-9);
		inDelta(path.byYear[0]!.ledger[0]!, 100 * (0.94 - C) * 0.8, 1e-9);
	});

	test('with a price of 1 000 the centrum receives what the regio pays', () => {
		const r = run(
			scenario((s) => {
				s.growthPath = { years: 5, gamma: 1 };
				s.compensation.pricePerHousehold = 1000;
			})
		);
		inDelta(r.compensation, [200_000 * (0.94 - C), -200_000 * (0.94 - C)], 1e-6);
	});

	test('with γ = 2 is back-loaded: 1/25 of the way after the first year', () => {
		const r = run(scenario((s) => (s.growthPath = { years: 5, gamma: 2 })));
		inDelta(r.byYear[0]!.pathShares[0]!, (1 - 1 / 25) * 0.94 + C / 25, 1e-12);
	});

	test('without currentUrgents anywhere is moot: path shares are the target from year 1', () => {
		const r = run(
			scenario((s) => {
				s.growthPath = { years: 5, gamma: 1 };
				for (const m of s.municipalities) delete m.currentUrgents;
			})
		);
		expect(r.currentShares).toBeNull();
		expect(r.byYear[0]!.pathShares).toEqual(r.byYear[0]!.targetShares);
	});
});

describe('simulate with other demand groups', () => {
	test('places statushouders by inhabitants and counts them in the priority share, not in demand', () => {
		const r = run(scenario((s) => s.demand.push(statushouders)));
		const y = r.byYear[0]!;
		inDelta(y.statushouders, [40 * C, 40 * (1 - C)], 1e-9);
		expect(y.demand).toBe(100);
		expect(sum(y.households)).toBe(100);
		inDelta(y.priorityShare[0]!, (100 * C + 40 * C) / 1536, 1e-12);
		inDelta(y.regularRelettings[1]!, 117 - 100 * (1 - C) - 40 * (1 - C), 1e-9);
	});

	test('keeps a group that is not distributable where it arises: by today’s urgents (94/6)', () => {
		const r = run(scenario((s) => s.demand.push(mantelzorg)));
		inDelta(r.byYear[0]!.nonDistributable, [9.4, 0.6], 1e-12);
		expect(r.byYear[0]!.demand).toBe(100);
	});

	test('keeps a group that is not distributable by inhabitants when currentUrgents are missing', () => {
		const r = run(
			scenario((s) => {
				s.demand.push(mantelzorg);
				for (const m of s.municipalities) delete m.currentUrgents;
			})
		);
		inDelta(r.byYear[0]!.nonDistributable, [10 * C, 10 * (1 - C)], 1e-12);
	});

	test('places a group with its own key by that key, outside the growth path, and counts it in demand', () => {
		const r = run(
			scenario((s) => {
				s.demand.push(medisch);
				s.growthPath = { years: 5, gamma: 1 };
			})
		);
		const y = r.byYear[0]!;
		expect(y.demand).toBe(130);
		const pathPart = 100 * (0.8 * 0.94 + 0.2 * C);
		inDelta(y.exact[0]!, pathPart + 30 * AV, 1e-9);
		expect(sum(y.households)).toBe(130);
		// Fair share is on all distributable demand.
		inDelta(y.fairShare, [130 * C, 130 * (1 - C)], 1e-9);
	});

	test('with no demand places nothing and gives spreading index 0', () => {
		const r = run(scenario((s) => (s.demand = [])));
		for (const y of r.byYear) {
			expect(y.households).toEqual([0, 0]);
			expect(y.spreadingIndex).toBe(0);
		}
	});

	test('with a trend of 10 % places 100, 110, 121 households', () => {
		const r = run(scenario((s) => (s.demand[0]!.trendPerYear = 0.1)));
		inDelta(
			r.byYear.slice(0, 3).map((y) => y.demand),
			[110, 121, 133.1],
			1e-9
		);
		expect(r.byYear.slice(0, 3).map((y) => sum(y.households))).toEqual([110, 121, 133]);
	});
});

/** The available key with a floor of `floorShare` of the fair share by inhabitants. */
const availableWithFloor = (floorShare: number) =>
	scenario((s) => {
		s.key = { type: 'available' };
		s.fairShareKey = { type: 'inhabitants' };
		s.bounds.floorShare = floorShare;
	});

describe('simulate with bounds', () => {
	test('with a cap of 10 % holds the regio at 11.7 (10 % of 117) and gives the rest to the centrum', () => {
		const r = run(scenario((s) => (s.bounds.capShare = 0.1)));
		for (const y of r.byYear) {
			inDelta(y.exact, [100 - 11.7, 11.7], 1e-9);
			expect(sum(y.households)).toBe(100);
			expect(y.unplaced).toBe(0);
			expect(y.overCap).toEqual([false, false]);
		}
		// 11.7 a year in whole households: 12, 23, 35, 47, 59 against 11.7, 23.4, 35.1, 46.8, 58.5.
		expect(r.byYear.map((y) => y.households[1])).toEqual([12, 11, 12, 12, 12]);
	});

	test('with a cap of 10 % marks the regio as held below its fair share by the cap, not over it', () => {
		const r = run(scenario((s) => (s.bounds.capShare = 0.1)));
		for (const y of r.byYear) {
			expect(y.deviation[1]).toBeLessThan(0);
			expect(y.heldByCap).toEqual([false, true]);
		}
		const free = run(scenario((s) => (s.bounds.capShare = null)));
		expect(free.byYear[0]!.heldByCap).toEqual([false, false]);
	});

	test('compensation per year is the balanced price of the ledger so far; the last year is the total', () => {
		const r = run(
			scenario((s) => {
				s.bounds.capShare = 0.1;
				s.compensation.pricePerHousehold = 1000;
			})
		);
		const [first, second] = r.byYear;
		expect(first!.compensation[1]).toBeCloseTo(1000 * first!.ledger[1]!, 6);
		expect(second!.compensation[1]).toBeCloseTo(2 * first!.compensation[1]!, 6);
		expect(r.byYear[r.byYear.length - 1]!.compensation).toEqual(r.compensation);
	});

	test('with a cap of 10 % counts local groups and statushouders against the room', () => {
		const r = run(
			scenario((s) => {
				s.bounds.capShare = 0.1;
				s.demand.push(statushouders);
			})
		);
		inDelta(r.byYear[0]!.exact[1]!, 11.7 - 40 * (1 - C), 1e-9);
	});

	test('with a cap of 5 % reports the exact shortfall as unplaced, with a warning; rounding adds none', () => {
		const r = run(scenario((s) => (s.bounds.capShare = 0.05)));
		let households = 0;
		r.byYear.forEach((y, t) => {
			inDelta(y.exact, [76.8, 5.85], 1e-9);
			inDelta(y.unplaced, 100 - 82.65, 1e-9);
			households += sum(y.households);
			// Cumulative households: floor or ceil of 76.8·t and 5.85·t; the region round(82.65·t).
			expect(households).toBe(Math.floor(82.65 * (t + 1) + 0.5));
		});
		expect(r.byYear.map((y) => y.households[1])).toEqual([6, 6, 6, 6, 5]);
		expect(r.warnings.filter((w) => w.kind === 'unplaced')).toHaveLength(5);
		expect(r.warnings.find((w) => w.kind === 'overCap')).toBeUndefined();
		inDelta(sum(r.ledger), -5 * (100 - 82.65), 1e-9);
	});

	test('with a floor of 100 % of fair share (inhabitants) on the available key gives fair share exactly', () => {
		const r = run(availableWithFloor(1));
		inDelta(r.byYear[0]!.exact, [100 * C, 100 * (1 - C)], 1e-9);
		inDelta(r.ledger, [0, 0], 1e-9);
	});

	test('with a floor of 50 % lifts the regio from 7.08 to 8.33 and takes it from the centrum', () => {
		const r = run(availableWithFloor(0.5));
		inDelta(r.byYear[0]!.exact, [100 - 50 * (1 - C), 50 * (1 - C)], 1e-9);
		expect(r.byYear[0]!.households[1]).toBeGreaterThanOrEqual(8);
	});
});

describe('simulate where relettings run out', () => {
	test('gives priority share null, not a division by zero, and flags a municipality that still receives households', () => {
		const r = run(scenario((s) => (s.municipalities[1]!.socialShare = 0)));
		const y = r.byYear[0]!;
		expect(y.relettings[1]).toBe(0);
		expect(y.priorityShare[1]).toBeNull();
		expect(y.overCap[1]).toBe(true);
		expect(r.warnings.find((w) => w.kind === 'noRelettings')?.codes).toEqual(['R']);
	});

	test('falls back to inhabitants, with a warning, when the key loses all weight in a later year', () => {
		const r = run(
			scenario((s) => {
				s.key = { type: 'available' };
				for (const m of s.municipalities) m.mutationRateChangePerYear = -0.1;
			})
		);
		inDelta(r.byYear[0]!.targetShares, [C, 1 - C], 1e-15);
		expect(r.warnings.filter((w) => w.kind === 'keyWithoutWeight')).toHaveLength(5);
	});
});

describe('simulate reports', () => {
	test('the pressure on regular home seekers: A − priority, and its change against today (A − c)', () => {
		const y = run(bijlage5()).byYear[0]!;
		inDelta(y.regularRelettings, [1536 - 100 * C, 117 - 100 * (1 - C)], 1e-9);
		inDelta(y.regularChange, [94 - 100 * C, 6 - 100 * (1 - C)], 1e-9);
	});

	test('the change for regular home seekers counts today’s statushouders as housed today, not as a loss', () => {
		const y = run(scenario((s) => s.demand.push(statushouders))).byYear[0]!;
		inDelta(y.regularRelettings, [1536 - 140 * C, 117 - 140 * (1 - C)], 1e-9);
		inDelta(y.regularChange, [94 - 100 * C, 6 - 100 * (1 - C)], 1e-9);
	});

	test('the vulnerable concentration after the horizon with 2 persons per household', () => {
		const r = run(scenario((s) => (s.personsPerUrgentHousehold = 2)));
		inDelta(r.vulnerableConcentration.base as number[], [0.36, 0.2], 1e-12);
		inDelta(
			r.vulnerableConcentration.horizon as number[],
			[(54_000 + 2 * 500 * C) / 150_000, (6_000 + 2 * 500 * (1 - C)) / 30_000],
			1e-12
		);
	});

	test('no vulnerable shares when a municipality has no vulnerable figure', () => {
		const r = run(scenario((s) => delete s.municipalities[1]!.vulnerable));
		expect(r.vulnerableShares).toBeNull();
		expect(r.vulnerableConcentration.horizon[1]).toBeNull();
	});

	test('a fair share by another key than the target, and a ledger against it', () => {
		const r = run(
			scenario((s) => {
				s.key = { type: 'available' };
				s.fairShareKey = { type: 'inhabitants' };
			})
		);
		const y = r.byYear[0]!;
		inDelta(y.fairShare, [100 * C, 100 * (1 - C)], 1e-9);
		inDelta(y.ledger, [100 * (AV - C), -100 * (AV - C)], 1e-9);
		inDelta(r.ledger, [500 * (AV - C), -500 * (AV - C)], 1e-9);
	});

	test('a region of one municipality that takes all demand', () => {
		const r = run(scenario((s) => (s.municipalities = s.municipalities.slice(0, 1))));
		for (const y of r.byYear) {
			expect(y.households).toEqual([100]);
			expect(y.targetShares).toEqual([1]);
		}
	});
});

describe('runScenario', () => {
	test('on Bijlage 5 gives what simulate gives on the parsed scenario', () => {
		const parsed = parseScenario(bijlage5());
		if (!parsed.ok) throw new Error('refused');
		expect(runScenario(bijlage5())).toEqual({ ok: true, result: simulate(parsed.scenario) });
	});

	test('refuses an invalid scenario with the reasons instead of running it', () => {
		const s = bijlage5();
		s.municipalities[0]!.mutationRate = 2;
		const outcome = runScenario(s);
		expect(outcome.ok).toBe(false);
		if (!outcome.ok) expect(outcome.issues[0]!.field).toBe('mutationRate');
	});
});
