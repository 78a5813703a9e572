/**
 * The engine in a Web Worker, through comlink, with a watchdog.
 *
 * A worker can die without a word (`terminate()`, out of memory on a big
 * Monte Carlo, a browser ending a background thread): comlink's promise then
 * never settles. So every call has a deadline scaled to the region's size;
 * a call that misses it, or a worker `error` event, ends that worker, starts
 * a fresh one and sends the same input again (the scheduler above only ever
 * runs the latest input), with a short notice (`onRestart`). The third
 * failure in a row of one call rejects with an EngineStalledError, whose
 * message says so in Dutch; the next call starts afresh.
 */
import { wrap, type Remote } from 'comlink';
import type { ExploreOutcome, RunOutcome } from '$lib/model';
import { unpackExplore, unpackRun, type EngineWorkerApi } from './engineWire';

export interface Engine {
	explore(input: unknown): Promise<ExploreOutcome>;
	run(input: unknown): Promise<RunOutcome>;
	/** End the worker as a crash would (the watchdog's e2e test uses it). */
	terminate(): void;
	dispose(): void;
}

export interface EngineOptions {
	/** a fresh worker; the engine worker by default */
	createWorker?: () => Worker;
	/** the worker was restarted after a missed deadline or a crash */
	onRestart?: () => void;
	/** the message of the error after three failures in a row (in the UI's language) */
	failedMessage?: () => string;
	/** deadlines are multiplied by this (tests) */
	deadlineScale?: number;
}

type Method = keyof EngineWorkerApi;

/** Three attempts of one call, then the error. */
export const ATTEMPTS = 3;
const BASE_MS = 8000;
/** a fresh worker first loads and compiles its code: on a busy machine that alone takes seconds */
const START_MS = 8000;
/** per municipality-year; an explore run is a few µs per cell, so this is ample */
const EXPLORE_MS_PER_CELL = 0.5;
/** per municipality-year and uncertainty run (about 12 µs each measured on 2 cores) */
const RUN_MS_PER_CELL = 0.1;

/** How long a call may take before the worker counts as stalled: scaled to the region and runs. */
export function deadlineMs(method: Method, input: unknown): number {
	const s = (typeof input === 'object' && input !== null ? input : {}) as {
		municipalities?: unknown;
		horizonYears?: unknown;
		uncertainty?: { runs?: unknown };
	};
	const municipalities = Array.isArray(s.municipalities) ? s.municipalities.length : 1;
	const years = typeof s.horizonYears === 'number' && s.horizonYears > 0 ? s.horizonYears : 10;
	const cells = municipalities * years;
	const asked = Number(s.uncertainty?.runs);
	const runs = Number.isFinite(asked) && asked > 0 ? asked : 0;
	if (method === 'explore') return BASE_MS + cells * EXPLORE_MS_PER_CELL;
	return BASE_MS + cells * (EXPLORE_MS_PER_CELL + runs * RUN_MS_PER_CELL);
}

export class EngineStalledError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'EngineStalledError';
	}
}

/** The worker of one generation: its remote, and a promise that rejects once it is gone. */
interface Instance {
	worker: Worker;
	remote: Remote<EngineWorkerApi>;
	gone: Promise<never>;
	end(reason: string): void;
}

class WorkerLost extends Error {}

export function createWorkerEngine(options: EngineOptions = {}): Engine {
	const create =
		options.createWorker ??
		(() =>
			new Worker(new URL('../../../workers/engine.worker.ts', import.meta.url), {
				type: 'module'
			}));
	const scale = options.deadlineScale ?? 1;
	let current: Instance | null = null;

	function start(): Instance {
		const worker = create();
		let end!: (reason: string) => void;
		const gone = new Promise<never>((_, reject) => {
			end = (reason) => {
				reject(new WorkerLost(reason));
				worker.terminate();
				if (current === instance) current = null;
			};
		});
		gone.catch(() => {});
		const instance: Instance = { worker, remote: wrap<EngineWorkerApi>(worker), gone, end };
		const crash = () => end('crashed');
		worker.addEventListener('error', crash);
		worker.addEventListener('messageerror', crash);
		return instance;
	}

	async function call<M extends Method>(
		method: M,
		input: unknown
	): Promise<ReturnType<EngineWorkerApi[M]>> {
		const limit = deadlineMs(method, input) * scale;
		for (let attempt = 1; ; attempt++) {
			const fresh = !current;
			const instance = (current ??= start());
			let timer: ReturnType<typeof setTimeout> | undefined;
			const deadline = new Promise<never>((_, reject) => {
				// A slow machine gets more time on each attempt.
				const ms = limit * 2 ** (attempt - 1) + (fresh ? START_MS * scale : 0);
				timer = setTimeout(() => reject(new WorkerLost('deadline')), ms);
			});
			try {
				const answer = instance.remote[method](input) as Promise<ReturnType<EngineWorkerApi[M]>>;
				return await Promise.race([answer, instance.gone, deadline]);
			} catch (e) {
				if (!(e instanceof WorkerLost)) throw e;
				instance.end('restarted'); // every other call on it retries at once on the next one
				if (attempt >= ATTEMPTS) {
					throw new EngineStalledError(
						options.failedMessage?.() ?? 'De rekenmodule reageert niet, ook niet na drie pogingen.'
					);
				}
				options.onRestart?.();
			} finally {
				clearTimeout(timer);
			}
		}
	}

	return {
		// Results arrive as transferred typed arrays (engineWire.ts) and are unpacked here.
		explore: (input) => call('explore', input).then(unpackExplore),
		run: (input) => call('run', input).then(unpackRun),
		terminate() {
			current?.worker.terminate();
		},
		dispose() {
			current?.end('disposed');
			current = null;
		}
	};
}
