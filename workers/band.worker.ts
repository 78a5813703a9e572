/// <reference lib="webworker" />
// A band worker: Monte Carlo chunks only, never slider runs (the engine worker stays free for those).
import { expose, transfer } from 'comlink';
import { bandChunk, chunkTransferables } from '../src/lib/model/bandChunk';

expose({
	chunk(input: unknown, from: number, to: number) {
		const chunk = bandChunk(input, from, to);
		return chunk ? transfer(chunk, chunkTransferables(chunk)) : null;
	}
});
