/**
 * The band's Monte Carlo split for a pool of workers: how many runs the band takes and one
 * chunk of them, computed from the (unvalidated) scenario a worker receives.
 */
import { DEFAULT_UNCERTAINTY_RUNS } from './api';
import { parseScenario } from './scenario';
import type { Scenario } from './types';
import { uncertaintyChunk, type UncertaintyChunk } from './uncertainty';

/** The scenario with the band's number of runs (its own, else the default). */
export function bandScenario(s: Scenario): Scenario {
	const runs = s.uncertainty.runs || DEFAULT_UNCERTAINTY_RUNS;
	return { ...s, uncertainty: { ...s.uncertainty, runs } };
}

/** Runs [from, to) of the band; null when the scenario is not valid. */
export function bandChunk(input: unknown, from: number, to: number): UncertaintyChunk | null {
	const parsed = parseScenario(input);
	return parsed.ok ? uncertaintyChunk(bandScenario(parsed.scenario), from, to) : null;
}

/** The chunk's own buffers, to be moved (not copied) across the worker boundary. */
export function chunkTransferables(chunk: UncertaintyChunk): ArrayBuffer[] {
	return [chunk.households, chunk.priorityShare, chunk.overCap].map((a) => a.buffer as ArrayBuffer);
}
