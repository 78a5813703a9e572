/**
 * The engine in a Web Worker, through comlink. A worker that fails to load
 * or crashes makes every pending call reject (comlink alone would leave the
 * promise hanging) and is replaced by a fresh one on the next call.
 */
import { wrap, type Remote } from 'comlink';
import type { EngineApi, ExploreOutcome, RunOutcome, UncertaintyOutcome } from '$lib/model';

export interface Engine {
	explore(input: unknown): Promise<ExploreOutcome>;
	run(input: unknown): Promise<RunOutcome>;
	uncertainty(input: unknown): Promise<UncertaintyOutcome>;
	dispose(): void;
}

/** The worker stopped (failed to load, threw, or sent something unreadable). */
export class WorkerCrash extends Error {}

export function createWorkerEngine(): Engine {
	let worker: Worker | null = null;
	let remote: Remote<EngineApi> | null = null;
	let crashed: Promise<never> | null = null;

	function start() {
		worker = new Worker(new URL('../../../workers/engine.worker.ts', import.meta.url), {
			type: 'module'
		});
		remote = wrap<EngineApi>(worker);
		crashed = new Promise<never>((_, reject) => {
			const fail = (e: Event) => {
				// The browser's own words; the screen puts "the calculation failed" before them.
				const message = e instanceof ErrorEvent && e.message ? e.message : e.type;
				reject(new WorkerCrash(message));
				worker?.terminate();
				worker = remote = null;
			};
			worker!.addEventListener('error', fail);
			worker!.addEventListener('messageerror', fail);
		});
		crashed.catch(() => {});
	}

	return {
		explore(input) {
			if (!remote) start();
			return Promise.race([remote!.explore(input), crashed!]);
		},
		run(input) {
			if (!remote) start();
			return Promise.race([remote!.run(input), crashed!]);
		},
		uncertainty(input) {
			if (!remote) start();
			return Promise.race([remote!.uncertainty(input), crashed!]);
		},
		dispose() {
			worker?.terminate();
			worker = remote = null;
		}
	};
}
