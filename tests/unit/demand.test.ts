/**
 * Demand groups (demand.ts, model.md §3): N_g(t) = perYear·(1 + trend)^t and
 * the role each group plays in the allocation.
 */
import { describe, expect, test } from 'vitest';
import { demandRole, groupDemand } from '$lib/model/demand';
import type { DemandGroup } from '$lib/model/types';
import { inDelta } from './helpers';

const group = (extra: Partial<DemandGroup>): DemandGroup => ({
	group: 'uitstroom-bw',
	perYear: 60,
	distributable: true,
	...extra
});

describe('demandRole', () => {
	test.each([
		['a distributable group without its own key', group({}), 'path'],
		['a distributable group with its own key', group({ key: { type: 'available' } }), 'ownKey'],
		['a group that is not distributable (mantelzorg)', group({ distributable: false }), 'local'],
		[
			'statushouders, whatever distributable says',
			group({ statushouders: true, distributable: true }),
			'statushouders'
		]
	] as const)('of %s is %s', (_, g, role) => {
		expect(demandRole(g)).toBe(role);
	});
});

describe('groupDemand', () => {
	test('without a trend is perYear every year', () => {
		expect([0, 1, 10].map((t) => groupDemand(group({}), t))).toEqual([60, 60, 60]);
	});

	test('with a trend of 5 % compounds: 60·1.05^3 in year 3', () => {
		inDelta(groupDemand(group({ trendPerYear: 0.05 }), 3), 60 * 1.05 ** 3, 1e-12);
	});

	test('with a falling trend of -10 % gives 100·0.9² = 81 in year 2', () => {
		inDelta(groupDemand(group({ perYear: 100, trendPerYear: -0.1 }), 2), 81, 1e-9);
	});
});
