/**
 * The look-ahead sends a slider's neighbouring scenarios to the worker without validating them
 * on the main thread. That only helps if the scenario `apply` stores for the same key press (the
 * edit, validated) is the very same JSON, since the cache is keyed by it.
 */
import { describe, expect, it } from 'vitest';
import { lever, type LeverName } from '$lib/controls/levers';
import { DEFAULT_REGION_ID, scenarioForRegion } from '$lib/data/regions';
import { parseScenario, type Scenario } from '$lib/model';
import type { Workspace } from '$lib/state/workspace.svelte';

const LEVERS: LeverName[] = [
	'horizon',
	'growthPath',
	'mutationRate',
	'mutationTrend',
	'cap',
	'floor',
	'price'
];

/** What `lever` reads of the workspace. */
const workspaceOf = (scenario: Scenario) =>
	({ scenario, baseline: scenario, shownYear: scenario.baseYear }) as unknown as Workspace;

describe.each([DEFAULT_REGION_ID, 'land:nederland'])('%s', (region) => {
	const parsed = parseScenario(scenarioForRegion(region).scenario);
	if (!parsed.ok) throw new Error('the built-in region is refused');
	const scenario = parsed.scenario;

	it.each(LEVERS)('%s: each neighbour is already the scenario apply stores', (name) => {
		const l = lever(name, workspaceOf(scenario));
		const factor = l.factor ?? 1;
		const shown = l.value * factor;
		let compared = 0;
		for (const v of [shown + l.step, shown - l.step]) {
			if (v < l.min || v > l.max) continue;
			const neighbour = l.edit!(scenario, v / factor);
			const stored = parseScenario(neighbour);
			expect(stored.ok).toBe(true);
			if (!stored.ok) continue;
			expect(JSON.stringify(neighbour)).toBe(JSON.stringify(stored.scenario));
			compared++;
		}
		expect(compared).toBeGreaterThan(0);
	});
});
