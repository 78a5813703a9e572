/**
 * The engine as the worker exposes it: the model's API with each result packed into
 * typed arrays (`resultCodec.ts`) and marked for transfer, so it moves across the
 * boundary instead of being cloned. `workerEngine.ts` unpacks on the main thread.
 * Relative imports: the worker bundle is built from here too.
 */
import { transfer } from 'comlink';
import { engineApi, type ExploreOutcome, type RunOutcome } from '../model/api';
import {
	packResult,
	packedTransferables,
	unpackResult,
	type PackedResult
} from '../model/resultCodec';
import type { ValidationIssue } from '../model/scenario';

export type PackedOutcome =
	{ ok: true; packed: PackedResult } | { ok: false; issues: ValidationIssue[] };

function send(packed: PackedResult): PackedOutcome {
	return transfer({ ok: true, packed }, packedTransferables(packed));
}

export const engineWorkerApi = {
	explore(input: unknown): PackedOutcome {
		const o = engineApi.explore(input);
		return o.ok ? send(packResult(o.result, o.comparison)) : o;
	},
	run(input: unknown): PackedOutcome {
		const o = engineApi.run(input);
		return o.ok ? send(packResult(o.result)) : o;
	},
	uncertainty: engineApi.uncertainty
};
export type EngineWorkerApi = typeof engineWorkerApi;

export function unpackExplore(o: PackedOutcome): ExploreOutcome {
	if (!o.ok) return o;
	const { result, comparison } = unpackResult(o.packed);
	if (!comparison) throw new Error('explore outcome without its key comparison');
	return { ok: true, result, comparison };
}

export function unpackRun(o: PackedOutcome): RunOutcome {
	return o.ok ? { ok: true, result: unpackResult(o.packed).result } : o;
}
