/**
 * The engine as the worker exposes it: the model's API with each result packed into
 * typed arrays and marked for transfer (comlink moves the buffers instead of cloning
 * the result). Relative imports: the worker bundle is built from here.
 */
import { transfer } from 'comlink';
import { engineApi } from '../model/api';
import { packResult, packedTransferables, type PackedResult } from '../model/resultCodec';
import type { EngineWorkerApi, PackedOutcome } from './engineWire';

function send(packed: PackedResult): PackedOutcome {
	return transfer({ ok: true, packed }, packedTransferables(packed));
}

export const engineWorkerApi: EngineWorkerApi = {
	explore(input) {
		const o = engineApi.explore(input);
		return o.ok ? send(packResult(o.result, o.comparison)) : o;
	},
	run(input) {
		const o = engineApi.run(input);
		return o.ok ? send(packResult(o.result)) : o;
	}
};
