/**
 * The runner: LatestInputScheduler (src/lib/sim/scheduler.ts) in front of
 * the engine behind a real comlink MessageChannel, in one thread. Latest
 * input wins: at most one run in flight and one queued, a stale answer never
 * lands, and an error reaches the error handler instead of hanging.
 */
import { expose, wrap, type Remote } from 'comlink';
import { afterAll, describe, expect, test } from 'vitest';
import { engineApi, runScenario, type EngineApi, type RunOutcome } from '$lib/model/api';
import { LatestInputScheduler } from '$lib/sim/scheduler';
import type { Scenario } from '$lib/model/types';
import { bijlage5 } from './helpers';

const channels: MessageChannel[] = [];

/** An API exposed on one end of a fresh channel, wrapped on the other. */
function connect<T extends object>(api: T): Remote<T> {
	const channel = new MessageChannel();
	channels.push(channel);
	expose(api, channel.port1);
	return wrap<T>(channel.port2);
}

afterAll(() => {
	for (const { port1, port2 } of channels) {
		port1.close();
		port2.close();
	}
});

const withDemand = (perYear: number): Scenario => {
	const s = bijlage5();
	s.demand[0]!.perYear = perYear;
	return s;
};

interface Delivery {
	input: Scenario;
	outcome: RunOutcome;
}

function engineScheduler(remote: Remote<EngineApi>) {
	const delivered: Delivery[] = [];
	const errors: unknown[] = [];
	const scheduler = new LatestInputScheduler<Scenario, RunOutcome>((input) => remote.run(input), {
		result: (outcome, input) => delivered.push({ outcome, input }),
		error: (error) => errors.push(error)
	});
	return { scheduler, delivered, errors };
}

/** A hand-driven execute function: each run waits until the test settles it. */
function manualExecute() {
	const pending: { input: number; resolve: (o: string) => void; reject: (e: Error) => void }[] = [];
	const execute = (input: number) =>
		new Promise<string>((resolve, reject) => pending.push({ input, resolve, reject }));
	return { pending, execute };
}

/** A scheduler over a hand-driven execute, recording the inputs of what it delivers. */
function manualScheduler() {
	const { pending, execute } = manualExecute();
	const errors: number[] = [];
	const results: number[] = [];
	const scheduler = new LatestInputScheduler<number, string>(execute, {
		result: (_, input) => results.push(input),
		error: (_, input) => errors.push(input)
	});
	return { pending, scheduler, errors, results };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('engine through comlink', () => {
	const remote = connect(engineApi);

	test('run on Bijlage 5 gives the same outcome as a direct runScenario call', async () => {
		expect(await remote.run(bijlage5())).toEqual(runScenario(bijlage5()));
	});

	test('run on an invalid scenario gives its reasons across the channel', async () => {
		const s = bijlage5();
		s.municipalities = [];
		const outcome = await remote.run(s);
		expect(outcome.ok).toBe(false);
		expect(outcome).toEqual(runScenario(s));
	});

	test('a scheduler burst of 100 updates runs at most two simulations and delivers the latest input only', async () => {
		const { scheduler, delivered, errors } = engineScheduler(remote);
		const inputs = Array.from({ length: 100 }, (_, k) => withDemand(k + 1));
		for (const input of inputs) scheduler.update(input);
		await scheduler.idle();
		expect(scheduler.runs).toBeLessThanOrEqual(2);
		expect(errors).toEqual([]);
		expect(delivered).toHaveLength(1);
		const last = delivered[delivered.length - 1]!;
		expect(last.input).toBe(inputs[99]);
		expect(last.outcome).toEqual(runScenario(inputs[99]));
		expect(last.outcome.ok && last.outcome.result.byYear[0]!.demand).toBe(100);
	});

	test('a scheduler delivers each result when updates arrive one after another', async () => {
		const { scheduler, delivered } = engineScheduler(remote);
		for (const perYear of [10, 20, 30]) {
			scheduler.update(withDemand(perYear));
			await scheduler.idle();
		}
		expect(scheduler.runs).toBe(3);
		expect(delivered.map((d) => d.outcome.ok && d.outcome.result.byYear[0]!.demand)).toEqual([
			10, 20, 30
		]);
	});

	test('a scheduler delivers an error thrown behind the channel to the error handler', async () => {
		const failing = connect({
			run(_input: unknown): RunOutcome {
				throw new Error('rekenfout');
			}
		});
		const errors: unknown[] = [];
		const results: unknown[] = [];
		const scheduler = new LatestInputScheduler<Scenario, RunOutcome>(
			(input) => failing.run(input),
			{
				result: (o) => results.push(o),
				error: (e) => errors.push(e)
			}
		);
		scheduler.update(bijlage5());
		await scheduler.idle();
		expect(results).toEqual([]);
		expect(errors).toHaveLength(1);
		expect((errors[0] as Error).message).toBe('rekenfout');
	});

	test('a scheduler delivers an input that cannot cross the channel to the error handler', async () => {
		const { scheduler, delivered, errors } = engineScheduler(remote);
		const s = bijlage5() as Scenario & { onChange?: () => void };
		s.onChange = () => {}; // a function cannot be cloned into a message
		scheduler.update(s);
		await scheduler.idle();
		expect(delivered).toEqual([]);
		expect(errors).toHaveLength(1);
		expect((errors[0] as Error).name).toBe('DataCloneError');
	});
});

describe('LatestInputScheduler', () => {
	test('never delivers a result whose input was superseded while it ran', async () => {
		const { pending, execute } = manualExecute();
		const results: [string, number][] = [];
		const scheduler = new LatestInputScheduler<number, string>(execute, {
			result: (o, input) => results.push([o, input]),
			error: () => {}
		});
		scheduler.update(1);
		scheduler.update(2); // queued while 1 runs
		expect(pending.map((p) => p.input)).toEqual([1]);
		pending[0]!.resolve('uitkomst 1');
		await tick();
		expect(results).toEqual([]);
		expect(pending.map((p) => p.input)).toEqual([1, 2]);
		pending[1]!.resolve('uitkomst 2');
		await scheduler.idle();
		expect(results).toEqual([['uitkomst 2', 2]]);
		expect(scheduler.runs).toBe(2);
	});

	test('drops the inputs queued in between: only the first and the latest run', async () => {
		const { pending, scheduler, results } = manualScheduler();
		for (let k = 1; k <= 5; k++) scheduler.update(k);
		pending[0]!.resolve('1');
		await tick();
		expect(pending.map((p) => p.input)).toEqual([1, 5]);
		pending[1]!.resolve('5');
		await scheduler.idle();
		expect(results).toEqual([5]);
	});

	test('never delivers an error whose input was superseded, and keeps running', async () => {
		const { pending, scheduler, errors, results } = manualScheduler();
		scheduler.update(1);
		scheduler.update(2);
		pending[0]!.reject(new Error('stuk'));
		await tick();
		pending[1]!.resolve('2');
		await scheduler.idle();
		expect(errors).toEqual([]);
		expect(results).toEqual([2]);
	});

	test('delivers an error of the latest input and runs the next update normally', async () => {
		const { pending, scheduler, errors, results } = manualScheduler();
		scheduler.update(1);
		pending[0]!.reject(new Error('stuk'));
		await scheduler.idle();
		expect(errors).toEqual([1]);
		scheduler.update(2);
		pending[1]!.resolve('2');
		await scheduler.idle();
		expect(results).toEqual([2]);
	});

	test('idle resolves at once when nothing runs', async () => {
		const scheduler = new LatestInputScheduler<number, number>(async (x) => x, {
			result: () => {},
			error: () => {}
		});
		await expect(scheduler.idle()).resolves.toBeUndefined();
		expect(scheduler.runs).toBe(0);
	});
});
