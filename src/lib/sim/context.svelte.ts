/**
 * The data flow in one place: the simulation, the uncertainty band and the
 * comparison runner are created here on one engine, handed to components
 * through context, and kept in step with the workspace (every scenario on
 * screen goes to `sim.update`; the band is asked for while it is shown).
 */
import { createContext } from 'svelte';
import { Comparison } from '$lib/compare/comparison.svelte';
import type { ExploreOutcome, RunOutcome, Scenario, UncertaintyOutcome } from '$lib/model';
import type { Workspace } from '$lib/state/workspace.svelte';
import { Simulation } from './simulation.svelte';
import { UncertaintyBands } from './uncertainty.svelte';

export const [getSimulation, setSimulation] = createContext<Simulation>();
export const [getBands, setBands] = createContext<UncertaintyBands>();
export const [getComparison, setComparison] = createContext<Comparison>();

/** What the screen asks of the engine: the worker in the app, the pure engine in tests. */
export interface Runners {
	explore(scenario: Scenario): Promise<ExploreOutcome>;
	run(scenario: Scenario): Promise<RunOutcome>;
	/** the band's Monte Carlo runs (in the app on a worker pool of its own), with progress */
	uncertainty(scenario: Scenario, progress: (done: number) => void): Promise<UncertaintyOutcome>;
	/** stop the band's runs in flight (the scenario changed) */
	cancelUncertainty?(): void;
}

/** Provide the three to the component tree below and connect them to `ws` (call during init). */
export function connectSimulation(ws: Workspace, engine: Runners) {
	const sim = setSimulation(new Simulation((s) => engine.explore(s)));
	const bands = setBands(
		new UncertaintyBands(
			(s, progress) => engine.uncertainty(s, progress),
			() => engine.cancelUncertainty?.()
		)
	);
	const comparison = setComparison(new Comparison((s) => engine.run(s)));
	// Before the DOM is updated: a look-ahead hit then reaches the screen in the same pass as
	// the control that changed, not in a second one.
	$effect.pre(() => sim.update(ws.scenario));
	$effect(() => {
		if (bands.on) bands.request(ws.scenario);
	});
	return { sim, bands, comparison };
}
