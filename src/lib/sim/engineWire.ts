/**
 * What crosses the engine worker's boundary: each result packed into typed arrays
 * (`resultCodec.ts`) and moved, not cloned. The worker's side is `engineWorkerApi.ts`;
 * this side (the main thread's) unpacks and never loads the engine itself.
 */
import type { ExploreOutcome, RunOutcome } from '../model/api';
import { unpackResult, type PackedResult } from '../model/resultCodec';
import type { ValidationIssue } from '../model/scenario';

export type PackedOutcome =
	{ ok: true; packed: PackedResult } | { ok: false; issues: ValidationIssue[] };

/** The engine worker's API as comlink exposes it. */
export interface EngineWorkerApi {
	explore(input: unknown): PackedOutcome;
	run(input: unknown): PackedOutcome;
}

export function unpackExplore(o: PackedOutcome): ExploreOutcome {
	if (!o.ok) return o;
	const { result, comparison } = unpackResult(o.packed);
	if (!comparison) throw new Error('explore outcome without its key comparison');
	return { ok: true, result, comparison };
}

export function unpackRun(o: PackedOutcome): RunOutcome {
	return o.ok ? { ok: true, result: unpackResult(o.packed).result } : o;
}
