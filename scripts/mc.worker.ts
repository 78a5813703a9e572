/** A Node worker thread for scripts/mcChunks.ts: computes the chunks it is sent, typed arrays transferred back. */
import { parentPort, workerData } from 'node:worker_threads';
import { chunkTransferables } from '../src/lib/model/bandChunk';
import { uncertaintyChunk } from '../src/lib/model/uncertainty';
import type { Scenario } from '../src/lib/model/types';

const scenario = workerData as Scenario;
parentPort!.on('message', ([from, to]: [number, number]) => {
	const chunk = uncertaintyChunk(scenario, from, to);
	parentPort!.postMessage(chunk, chunkTransferables(chunk));
});
