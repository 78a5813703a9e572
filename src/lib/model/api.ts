/**
 * The engine's one entry point for every caller (Web Worker, headless run,
 * tests): any input in, either a result or the Dutch reasons it was refused.
 * Validation runs on every call, so nothing unchecked ever reaches the engine.
 */
import { simulate } from './engine';
import { parseScenario, type ValidationIssue } from './scenario';
import type { SimulationResult } from './types';

export type RunOutcome =
	{ ok: true; result: SimulationResult } | { ok: false; issues: ValidationIssue[] };

export function runScenario(input: unknown): RunOutcome {
	const parsed = parseScenario(input);
	return parsed.ok ? { ok: true, result: simulate(parsed.scenario) } : parsed;
}

/** What the worker exposes through comlink. */
export const engineApi = {
	run: runScenario
};
export type EngineApi = typeof engineApi;
