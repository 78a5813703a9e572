import { expose } from 'comlink';
import { describe, expect, it } from 'vitest';
import { bijlage5 } from './helpers';
import { engineWorkerApi } from '../../src/lib/sim/engineWorkerApi';
import {
	ATTEMPTS,
	EngineStalledError,
	createWorkerEngine,
	deadlineMs
} from '../../src/lib/sim/workerEngine';

/** A worker that takes every message and never answers (a dead or hung worker). */
class SilentWorker extends EventTarget {
	terminated = false;
	postMessage() {}
	terminate() {
		this.terminated = true;
	}
}

/** The real engine API over a real MessageChannel, as the worker serves it. */
function workingWorker(): Worker {
	const { port1, port2 } = new MessageChannel();
	expose(engineWorkerApi, port1);
	return Object.assign(port2, {
		terminate: () => {
			port1.close();
			port2.close();
		}
	}) as unknown as Worker;
}

// 8 s × 0,0005: a missed deadline costs a few milliseconds here.
const quick = { deadlineScale: 0.0005 };

describe('the engine watchdog', () => {
	it('restarts a worker that does not answer and sends the same input again', async () => {
		const made: (SilentWorker | Worker)[] = [];
		let restarts = 0;
		const engine = createWorkerEngine({
			...quick,
			createWorker: () => {
				const w = made.length === 0 ? new SilentWorker() : workingWorker();
				made.push(w);
				return w as unknown as Worker;
			},
			onRestart: () => restarts++
		});
		const outcome = await engine.explore(bijlage5());
		expect(outcome.ok).toBe(true);
		expect(made).toHaveLength(2);
		expect((made[0] as SilentWorker).terminated).toBe(true);
		expect(restarts).toBe(1);
		engine.dispose();
	});

	it('restarts after a worker error event', async () => {
		const made: Worker[] = [];
		const engine = createWorkerEngine({
			deadlineScale: 100, // the deadline plays no part here
			createWorker: () => {
				const w = made.length === 0 ? (new SilentWorker() as unknown as Worker) : workingWorker();
				made.push(w);
				return w;
			}
		});
		const answer = engine.explore(bijlage5());
		made[0]!.dispatchEvent(new Event('error'));
		expect((await answer).ok).toBe(true);
		engine.dispose();
	});

	it('gives up after three failures in a row with the error, and tries afresh on the next call', async () => {
		let made = 0;
		let silent = true;
		const engine = createWorkerEngine({
			...quick,
			failedMessage: () => 'De rekenmodule reageert niet.',
			createWorker: () => {
				made++;
				return (silent ? new SilentWorker() : workingWorker()) as unknown as Worker;
			}
		});
		const error = await engine.explore(bijlage5()).catch((e) => e);
		expect(error).toBeInstanceOf(EngineStalledError);
		expect(error.message).toBe('De rekenmodule reageert niet.');
		expect(made).toBe(ATTEMPTS);
		silent = false;
		expect((await engine.explore(bijlage5())).ok).toBe(true);
		engine.dispose();
	});

	it('scales the deadline with municipalities, years and uncertainty runs', () => {
		const region = (n: number, years: number, runs = 0) => ({
			municipalities: Array.from({ length: n }),
			horizonYears: years,
			uncertainty: { runs }
		});
		expect(deadlineMs('explore', region(342, 30))).toBeGreaterThan(
			deadlineMs('explore', region(22, 10))
		);
		expect(deadlineMs('run', region(342, 30, 200))).toBeGreaterThan(
			deadlineMs('explore', region(342, 30)) * 10
		);
		expect(deadlineMs('run', region(22, 10, 500))).toBeGreaterThan(
			deadlineMs('run', region(22, 10))
		);
		expect(deadlineMs('explore', 'rommel')).toBeGreaterThan(0);
	});
});
