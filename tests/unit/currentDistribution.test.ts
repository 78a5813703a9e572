/** Today's distribution editor's pure parts (state/currentDistribution.ts). */
import { describe, expect, test } from 'vitest';
import {
	setCurrentUrgents,
	totalDiffers,
	typedShares,
	urgentDemandNow
} from '$lib/state/currentDistribution';
import { bijlage5 } from './helpers';

describe('huidige verdeling', () => {
	test('Bijlage 5 keeps its 94 / 6', () => {
		const s = bijlage5();
		expect(typedShares(s.municipalities.map((m) => m.currentUrgents))).toEqual([0.94, 0.06]);
		expect(urgentDemandNow(s)).toBe(100);
		expect(totalDiffers(100, urgentDemandNow(s))).toBe(false);
	});

	test('shares as typed; nothing typed gives none', () => {
		expect(typedShares([30, undefined, 10])).toEqual([0.75, null, 0.25]);
		expect(typedShares([undefined, 0])).toBeNull();
	});

	test('a total that differs from the demand by half a household or more is flagged', () => {
		expect(totalDiffers(99.6, 100)).toBe(false);
		expect(totalDiffers(99.5, 100)).toBe(true);
		expect(totalDiffers(140, 100)).toBe(true);
	});

	test('statushouders are not urgents', () => {
		const s = bijlage5();
		s.demand.push({
			group: 'statushouders',
			perYear: 40,
			distributable: true,
			statushouders: true
		});
		expect(urgentDemandNow(s)).toBe(100);
	});

	test('the edit sets and removes values by code and leaves the rest', () => {
		const s = bijlage5();
		const next = setCurrentUrgents(s, { C: 80, R: undefined });
		expect(next.municipalities.map((m) => m.currentUrgents)).toEqual([80, undefined]);
		expect('currentUrgents' in next.municipalities[1]!).toBe(false);
		expect(s.municipalities[1]!.currentUrgents).toBe(6);
	});
});
