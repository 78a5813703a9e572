/**
 * The uncertainty band on a pool of Web Workers (one per core), apart from the slider's
 * engine worker, so a slider step never waits behind Monte Carlo runs. Runs go out in
 * chunks as workers come free; a new band (the scenario changed) cancels the one in flight:
 * no further chunks are sent and its result never lands. The chunks merge in run order, so
 * the band is the same whatever the number of workers.
 */
import { wrap, type Remote } from 'comlink';
import { bandScenario } from '$lib/model/bandChunk';
import { chunkRanges } from '$lib/model/chunks';
import { mergeUncertainty, type UncertaintyChunk } from '$lib/model/uncertainty';
import type { Scenario, UncertaintyOutcome } from '$lib/model';

interface BandWorkerApi {
	chunk(input: unknown, from: number, to: number): UncertaintyChunk | null;
}

export class BandCancelled extends Error {
	constructor() {
		super('band cancelled');
		this.name = 'BandCancelled';
	}
}

export interface BandPool {
	/** The band of the scenario; `progress` gets the fraction of runs done. Cancels the previous band. */
	compute(scenario: Scenario, progress: (done: number) => void): Promise<UncertaintyOutcome>;
	cancel(): void;
	dispose(): void;
}

export function createBandPool(
	size = Math.max(1, Math.min(8, globalThis.navigator?.hardwareConcurrency ?? 2))
): BandPool {
	let workers: { worker: Worker; remote: Remote<BandWorkerApi> }[] = [];
	let job = 0;

	function start() {
		workers = Array.from({ length: size }, () => {
			const worker = new Worker(new URL('../../../workers/band.worker.ts', import.meta.url), {
				type: 'module'
			});
			return { worker, remote: wrap<BandWorkerApi>(worker) };
		});
	}

	return {
		async compute(scenario, progress) {
			const mine = ++job;
			if (!workers.length) start();
			const s = bandScenario(scenario);
			const queue = chunkRanges(s.uncertainty.runs);
			const total = s.uncertainty.runs;
			const chunks: UncertaintyChunk[] = [];
			let done = 0;
			progress(0);
			const cancelled = () => mine !== job;
			await Promise.all(
				workers.map(async ({ remote }) => {
					for (let range = queue.shift(); range; range = queue.shift()) {
						if (cancelled()) return;
						const chunk = await remote.chunk(scenario, range[0], range[1]);
						if (!chunk) throw new Error('scenario refused by the band worker');
						chunks.push(chunk);
						done += chunk.to - chunk.from;
						if (!cancelled()) progress(done / total);
					}
				})
			);
			if (cancelled()) throw new BandCancelled();
			return { ok: true, uncertainty: mergeUncertainty(s, chunks) };
		},
		cancel() {
			job++;
		},
		dispose() {
			job++;
			for (const w of workers) w.worker.terminate();
			workers = [];
		}
	};
}
