/** The band worker's own code in this process, for pool tests where no Web Worker exists. */
import { bandJobs } from '$lib/model/bandChunk';
import type { BandWorker } from '$lib/sim/bandPool';

/**
 * Chunks handed out per band job, in the order the jobs started: each job's scenario is the
 * key (the pool hands the same object to every worker).
 */
export type ChunkLog = Map<unknown, number>;

/**
 * Workers that answer every call on a later turn, as a message would (a chunk after `chunkMs`,
 * so a test can act while a band computes); input and summary cross as structured clones.
 */
export function inProcessWorkers(log: ChunkLog = new Map(), chunkMs = 0): () => BandWorker {
	const later = (ms = 0) => new Promise((resolve) => setTimeout(resolve, ms));
	return () => {
		const jobs = bandJobs();
		let job: unknown;
		return {
			remote: {
				async start(input: unknown) {
					await later();
					job = input;
					return jobs.start(structuredClone(input));
				},
				async add(from: number, to: number) {
					await later(chunkMs);
					log.set(job, (log.get(job) ?? 0) + 1);
					jobs.add(from, to);
				},
				async finish() {
					await later();
					return structuredClone(jobs.finish());
				}
			},
			terminate() {}
		};
	};
}
