/**
 * The engine's one entry point for every caller (Web Worker, headless run,
 * tests): any input in, either a result or the Dutch reasons it was refused.
 * Validation runs on every call, so nothing unchecked ever reaches the engine.
 */
import { compareKeys, type KeyComparison } from './compare';
import { simulate } from './engine';
import { parseScenario, type ValidationIssue } from './scenario';
import type { SimulationResult } from './types';

export type RunOutcome =
	{ ok: true; result: SimulationResult } | { ok: false; issues: ValidationIssue[] };

export type ExploreOutcome =
	| { ok: true; result: SimulationResult; comparison: KeyComparison }
	| { ok: false; issues: ValidationIssue[] };

export function runScenario(input: unknown): RunOutcome {
	const parsed = parseScenario(input);
	return parsed.ok ? { ok: true, result: simulate(parsed.scenario) } : parsed;
}

/** The scenario and the three basic keys on it: what the negotiation screen shows. */
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
