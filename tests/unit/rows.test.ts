import { describe, expect, test } from 'vitest';
import { exploreScenario, parseScenario, type Scenario } from '$lib/model';
import { rowsOf } from '$lib/charts/rows';
import bijlage5 from '$lib/scenarios/bijlage5.json';

const scenario = (() => {
	const p = parseScenario(bijlage5);
	if (!p.ok) throw new Error('example invalid');
	return p.scenario;
})();
const resultOf = (s: Scenario) => {
	const o = exploreScenario(s);
	if (!o.ok) throw new Error('refused');
	return o.result;
};

describe('rowsOf: the charts’ rows, largest municipality first', () => {
	test('a new result of the same municipalities gives the very same rows (no re-keying per step)', () => {
		const a = resultOf(scenario);
		const b = resultOf({
			...scenario,
			municipalities: scenario.municipalities.map((m) => ({ ...m, mutationRate: 0.09 }))
		});
		expect(b).not.toBe(a);
		expect(rowsOf(b)).toBe(rowsOf(a));
		expect(rowsOf(a).map((r) => r.code)).toEqual(['C', 'R']);
	});

	test('other inhabitants or names give new rows in the new order', () => {
		const a = rowsOf(resultOf(scenario));
		const swapped = rowsOf(
			resultOf({
				...scenario,
				municipalities: scenario.municipalities.map((m) =>
					m.code === 'R' ? { ...m, inhabitants: 10_000_000 } : m
				)
			})
		);
		expect(swapped).not.toBe(a);
		expect(swapped.map((r) => r.code)).toEqual(['R', 'C']);
		const renamed = rowsOf(
			resultOf({
				...scenario,
				municipalities: scenario.municipalities.map((m) => ({ ...m, name: `${m.name}!` }))
			})
		);
		expect(renamed.map((r) => r.name.endsWith('!'))).toEqual([true, true]);
	});
});
