/**
 * Monte Carlo runs split into fixed chunks [from, to) handed to a pool of Node worker_threads
 * (scripts/mc.worker.ts). Each run draws from its own stream seeded by (seed, run), and the
 * chunks are merged in run order, so the percentiles do not depend on the number of workers.
 */
import { Worker } from 'node:worker_threads';
import { mergeUncertainty, type UncertaintyChunk } from '../src/lib/model/uncertainty';
import type { Scenario, UncertaintyResult } from '../src/lib/model/types';
import { chunkRanges } from '../src/lib/model/chunks';

/** All runs of the scenario on `workers` worker threads, chunks taken as workers come free. */
export async function uncertaintyOnPool(
	scenario: Scenario,
	workers: number
): Promise<UncertaintyResult> {
	const queue = chunkRanges(scenario.uncertainty.runs);
	const chunks: UncertaintyChunk[] = [];
	const pool = Array.from(
		{ length: workers },
		() =>
			new Worker(new URL('./mc-worker-boot.mjs', import.meta.url), {
				workerData: scenario
			})
	);
	try {
		await Promise.all(
			pool.map(
				(worker) =>
					new Promise<void>((resolve, reject) => {
						const next = () => {
							const range = queue.shift();
							if (!range) return resolve();
							worker.postMessage(range);
						};
						worker.on('message', (chunk: UncertaintyChunk) => {
							chunks.push(chunk);
							next();
						});
						worker.on('error', reject);
						next();
					})
			)
		);
	} finally {
		await Promise.all(pool.map((w) => w.terminate()));
	}
	return mergeUncertainty(scenario, chunks);
}
