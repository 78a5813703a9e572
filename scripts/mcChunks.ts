/**
 * Monte Carlo runs split into fixed chunks [from, to) handed to a pool of Node worker_threads
 * (scripts/mc.worker.ts), as the band's pool does in the browser: each worker counts its chunks
 * into a fixed-size summary and sends it once at the end; the summaries merge exactly, so the
 * percentiles do not depend on the number of workers.
 */
import { Worker } from 'node:worker_threads';
import { mergeUncertainty } from '../src/lib/model/uncertainty';
import type { McSummary } from '../src/lib/model/mcSummary';
import type { Scenario, UncertaintyResult } from '../src/lib/model/types';
import { chunkRanges, LANES } from '../src/lib/model/chunks';

/** MC_HEAP_MB=16 caps each worker's old generation: the runs fit in it, whatever their number. */
const heapMb = Number(process.env.MC_HEAP_MB);
const limits = heapMb > 0 ? { resourceLimits: { maxOldGenerationSizeMb: heapMb } } : {};

/** A worker thread answering its messages in order: `call` resolves with the answer to its own. */
function thread() {
	const worker = new Worker(new URL('./mc-worker-boot.mjs', import.meta.url), limits);
	const waiting: { resolve: (v: unknown) => void; reject: (e: unknown) => void }[] = [];
	worker.on('message', (answer) => waiting.shift()?.resolve(answer));
	worker.on('error', (e) => waiting.splice(0).forEach((w) => w.reject(e)));
	return {
		call<T>(message: unknown): Promise<T> {
			const answer = new Promise<T>((resolve, reject) =>
				waiting.push({ resolve: resolve as (v: unknown) => void, reject })
			);
			worker.postMessage(message);
			return answer;
		},
		terminate: () => worker.terminate()
	};
}

/** A pool of worker threads, kept between jobs as the app keeps its band workers. */
export function mcPool(workers: number) {
	const pool = Array.from({ length: workers }, thread);
	return {
		/** resolves once every worker has loaded its code and answered */
		ready: () => Promise.all(pool.map(({ call }) => call({ finish: true }))),
		/** All runs of the scenario, chunks taken as workers come free. */
		async run(scenario: Scenario): Promise<UncertaintyResult> {
			const queue = chunkRanges(scenario.uncertainty.runs);
			const summaries = await Promise.all(
				pool.slice(0, queue.length).map(async ({ call }) => {
					if (!(await call<boolean>({ start: scenario }))) throw new Error('scenario refused');
					// Several chunks in flight per worker: it never idles waiting for the next one.
					const lane = async () => {
						for (let range = queue.shift(); range; range = queue.shift())
							await call({ add: range });
					};
					await Promise.all(Array.from({ length: LANES }, lane));
					return call<McSummary>({ finish: true });
				})
			);
			return mergeUncertainty(scenario, summaries);
		},
		close: () => Promise.all(pool.map((w) => w.terminate()))
	};
}

/** All runs of the scenario on a fresh pool of `workers` worker threads. */
export async function uncertaintyOnPool(
	scenario: Scenario,
	workers: number
): Promise<UncertaintyResult> {
	const pool = mcPool(workers);
	try {
		return await pool.run(scenario);
	} finally {
		await pool.close();
	}
}
