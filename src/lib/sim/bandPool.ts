/**
 * The uncertainty band on a pool of Web Workers (one per core), apart from the slider's
 * engine worker, so a slider step never waits behind Monte Carlo runs. Runs go out in
 * chunks as workers come free, each worker counting them into its own fixed-size summary;
 * the summaries come back once at the end and merge exactly, so the band is the same
 * whatever the number of workers. A new band (the scenario changed) cancels the one in
 * flight: no further chunks are sent and its result never lands.
 */
import { wrap, type Remote } from 'comlink';
import { bandScenario } from '$lib/model/bandChunk';
import { chunkRanges, LANES } from '$lib/model/chunks';
import type { McSummary } from '$lib/model/mcSummary';
import { mergeUncertainty } from '$lib/model/uncertainty';
import type { Scenario, UncertaintyOutcome } from '$lib/model';

/** What a band worker does (bandChunk.ts's `bandJobs`), as the pool calls it. */
export interface BandWorkerApi {
	start(input: unknown): boolean | Promise<boolean>;
	add(from: number, to: number): void | Promise<void>;
	finish(): McSummary | null | Promise<McSummary | null>;
}

/** A band worker as the pool holds it: its calls, and how to end it. */
export interface BandWorker {
	remote: BandWorkerApi | Remote<BandWorkerApi>;
	terminate(): void;
}

function webWorker(): BandWorker {
	const worker = new Worker(new URL('../../../workers/band.worker.ts', import.meta.url), {
		type: 'module'
	});
	return { remote: wrap<BandWorkerApi>(worker), terminate: () => worker.terminate() };
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

/** A pool of `size` workers (one per core by default), made by `connect` when first needed. */
export function createBandPool(
	size = Math.max(1, Math.min(8, globalThis.navigator?.hardwareConcurrency ?? 2)),
	connect: () => BandWorker = webWorker
): BandPool {
	let workers: BandWorker[] = [];
	let job = 0;

	function start() {
		workers = Array.from({ length: size }, connect);
	}

	return {
		async compute(scenario, progress) {
			const mine = ++job;
			if (!workers.length) start();
			const s = bandScenario(scenario);
			const queue = chunkRanges(s.uncertainty.runs);
			const total = s.uncertainty.runs;
			// Every started worker first makes the bin plan: no more workers than chunks.
			const busy = workers.slice(0, queue.length);
			let done = 0;
			progress(0);
			const cancelled = () => mine !== job;
			const summaries = await Promise.all(
				busy.map(async ({ remote }) => {
					if (!(await remote.start(scenario)))
						throw new Error('scenario refused by the band worker');
					// Several chunks in flight: the worker never waits for this thread between chunks.
					const lane = async () => {
						for (let range = queue.shift(); range; range = queue.shift()) {
							if (cancelled()) return;
							await remote.add(range[0], range[1]);
							done += range[1] - range[0];
							if (!cancelled()) progress(done / total);
						}
					};
					await Promise.all(Array.from({ length: LANES }, lane));
					return cancelled() ? null : remote.finish();
				})
			);
			if (cancelled()) throw new BandCancelled();
			return {
				ok: true,
				uncertainty: mergeUncertainty(
					s,
					summaries.filter((x) => x !== null)
				)
			};
		},
		cancel() {
			job++;
		},
		dispose() {
			job++;
			for (const w of workers) w.terminate();
			workers = [];
		}
	};
}
