/**
 * The engine's one entry point for every caller (Web Worker, headless run,
 * tests): any input in, either a result or the Dutch reasons it was refused.
 * Validation runs on every call, so nothing unchecked ever reaches the engine.
 */
import { compareKeys, type KeyComparison } from './compare';
import { simulate } from './engine';
import { LIMITS } from './limits';
import { parseScenario, type ValidationIssue } from './scenario';
import { uncertaintyOf } from './uncertainty';
import type { SimulationResult, UncertaintyResult } from './types';

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

export type UncertaintyOutcome =
	{ ok: true; uncertainty: UncertaintyResult } | { ok: false; issues: ValidationIssue[] };

/** Runs a scenario takes when it asks for none but the screen shows its uncertainty. */
export const DEFAULT_UNCERTAINTY_RUNS = 200;

/** The uncertainty runs alone (model.md §7), on demand: they cost a multiple of one run. */
export function estimateUncertainty(input: unknown): UncertaintyOutcome {
	const parsed = parseScenario(input);
	if (!parsed.ok) return parsed;
	const s = parsed.scenario;
	// The default, like a scenario's own runs, stays within the memory limit (limits.ts).
	const cells = s.municipalities.length * s.horizonYears;
	const runs =
		s.uncertainty.runs ||
		Math.max(1, Math.min(DEFAULT_UNCERTAINTY_RUNS, Math.floor(LIMITS.runCells / cells)));
	return {
		ok: true,
		uncertainty: uncertaintyOf({ ...s, uncertainty: { ...s.uncertainty, runs } })!
	};
}

/** What the worker exposes through comlink. */
export const engineApi = {
	run: runScenario,
	explore: exploreScenario,
	uncertainty: estimateUncertainty
};
export type EngineApi = typeof engineApi;
