/**
 * The worker engine's crash handling: a worker that fails is ended and the
 * pending call is sent again to a fresh worker (comlink alone would leave it
 * hanging). Node has no Web Worker, so the worker's thread is stood in
 * for by a MessageChannel with the real engine exposed on the far side
 * through comlink, as engine.worker.ts does.
 */
import { expose } from 'comlink';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { parseScenario } from '$lib/model';
import { engineWorkerApi } from '$lib/sim/engineWorkerApi';
import bijlage5 from '$lib/scenarios/bijlage5.json';
import { createWorkerEngine } from '$lib/sim/workerEngine';

class TestErrorEvent extends Event {
	constructor(
		type: string,
		readonly message: string
	) {
		super(type);
	}
}

class TestWorker extends EventTarget {
	static made: TestWorker[] = [];
	terminated = false;
	private port: MessagePort;
	constructor() {
		super();
		const { port1, port2 } = new MessageChannel();
		expose(engineWorkerApi, port2);
		port1.addEventListener('message', (e) =>
			this.dispatchEvent(new MessageEvent('message', { data: e.data }))
		);
		port1.start();
		this.port = port1;
		TestWorker.made.push(this);
	}
	postMessage(data: unknown, transfer: Transferable[] = []) {
		if (!this.terminated) this.port.postMessage(data, transfer);
	}
	terminate() {
		this.terminated = true;
		this.port.close();
	}
	crash(message: string) {
		this.dispatchEvent(new TestErrorEvent('error', message));
	}
}

// Node has neither Worker nor ErrorEvent; what the module looks at of them.
const saved = { Worker: globalThis.Worker, ErrorEvent: globalThis.ErrorEvent };
beforeEach(() => {
	TestWorker.made = [];
	Object.assign(globalThis, { Worker: TestWorker, ErrorEvent: TestErrorEvent });
});
afterEach(() => Object.assign(globalThis, saved));

const scenario = (() => {
	const p = parseScenario(bijlage5);
	if (!p.ok) throw new Error('example invalid');
	return p.scenario;
})();

describe('createWorkerEngine', () => {
	test('runs the engine in the worker, one worker for many calls', async () => {
		const engine = createWorkerEngine();
		const a = await engine.explore(scenario);
		const b = await engine.run(scenario);
		expect(a.ok && b.ok).toBe(true);
		expect(TestWorker.made).toHaveLength(1);
		engine.dispose();
		expect(TestWorker.made[0]!.terminated).toBe(true);
	});

	test('a crash ends that worker, and the pending call is answered by a fresh one', async () => {
		let restarts = 0;
		const engine = createWorkerEngine({ onRestart: () => restarts++ });
		const pending = engine.explore(scenario);
		TestWorker.made[0]!.crash('out of memory');
		const answer = await pending;
		expect(answer.ok).toBe(true);
		expect(TestWorker.made[0]!.terminated).toBe(true);
		expect(TestWorker.made).toHaveLength(2);
		expect(restarts).toBe(1);
		engine.dispose();
	});
});
