/**
 * The engine's one entry point for every caller (Web Worker, headless run,
 * tests): any input in, either a result or the Dutch reasons it was refused.
 * Validation runs on every call, so nothing unchecked ever reaches the engine.
 */
import { compareKeys, type KeyComparison } from './compare';
import { simulate } from './engine';
import { parseScenario, type ValidationIssue } from './scenario';
import { uncertaintyOf } from './uncertainty';
import type { SimulationResult } from './types';

export type RunOutcome =
	{ ok: true; result: SimulationResult } | { ok: false; issues: ValidationIssue[] };

export type ExploreOutcome =
	| { ok: true; result: SimulationResult; comparison: KeyComparison }
	| { ok: false; issues: ValidationIssue[] };

/** The full result, the uncertainty runs included (the headless run, comparisons). */
export function runScenario(input: unknown): RunOutcome {
	const parsed = parseScenario(input);
	if (!parsed.ok) return parsed;
	const result = simulate(parsed.scenario);
	result.uncertainty = uncertaintyOf(parsed.scenario);
	return { ok: true, result };
}

/**
 * The scenario and the three basic keys on it: what the negotiation screen
 * shows on every change (without the uncertainty runs, which take a multiple).
 */
export function exploreScenario(input: unknown): ExploreOutcome {
	const parsed = parseScenario(input);
	if (!parsed.ok) return parsed;
	const result = simulate(parsed.scenario);
	return { ok: true, result, comparison: compareKeys(parsed.scenario, result) };
}

/** What the worker exposes through comlink. */
export const engineApi = {
	run: runScenario,
	explore: exploreScenario
};
export type EngineApi = typeof engineApi;
