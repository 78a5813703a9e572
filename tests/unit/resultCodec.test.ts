/**
 * Results cross the worker boundary as transferred typed arrays: packed in the worker,
 * moved (not copied) through a real MessageChannel, unpacked on the main thread into
 * exactly the result the engine made.
 */
import { describe, expect, test } from 'vitest';
import { scenarioForRegion } from '$lib/data/regions';
import { exploreScenario, runScenario, type Scenario } from '$lib/model';
import { packResult, unpackResult, type PackedResult } from '$lib/model/resultCodec';
import { unpackExplore, type PackedOutcome } from '$lib/sim/engineWire';
import { engineWorkerApi } from '$lib/sim/engineWorkerApi';
import { bijlage5 } from './helpers';

/** Posts `data` through a real channel, moving `transfer`; resolves with what arrives. */
function across<T>(data: T, transfer: Transferable[]): Promise<T> {
	const { port1, port2 } = new MessageChannel();
	return new Promise<T>((resolve) => {
		port2.onmessage = (e) => {
			port1.close();
			port2.close();
			resolve(e.data as T);
		};
		port1.postMessage(data, transfer);
	});
}

const buffers = (p: PackedResult) => [p.numbers.buffer, p.flags.buffer];

function explored(s: unknown) {
	const o = exploreScenario(s);
	if (!o.ok) throw new Error(JSON.stringify(o.issues));
	return o;
}

describe('result codec', () => {
	test('the whole country: packed, transferred and unpacked equals the original exactly', async () => {
		const scenario = scenarioForRegion('land:nederland').scenario;
		const o = explored(scenario);
		const packed = packResult(o.result, o.comparison);
		expect(packed.numbers).toBeInstanceOf(Float64Array);
		expect(packed.flags).toBeInstanceOf(Uint8Array);
		// All of the result's numbers are in the buffer: 342 municipalities × the years' fields.
		expect(packed.numbers.length).toBeGreaterThan(342 * o.result.years.length * 14);
		const arrived = await across(packed, buffers(packed));
		// Moved, not copied: the sender's buffers are detached.
		expect(packed.numbers.byteLength).toBe(0);
		expect(packed.flags.byteLength).toBe(0);
		expect(arrived.numbers).toBeInstanceOf(Float64Array);
		expect(arrived.flags).toBeInstanceOf(Uint8Array);
		const back = unpackResult(arrived);
		expect(back.result).toStrictEqual(o.result);
		expect(back.comparison).toStrictEqual(o.comparison);
	});

	test('nulls, missing parts and the uncertainty runs come back as they were', async () => {
		const withRuns = { ...bijlage5(), uncertainty: { runs: 30, seed: 7 } } as Scenario;
		const run = runScenario(withRuns);
		if (!run.ok) throw new Error('example refused');
		expect(run.result.uncertainty).not.toBeNull();
		// A municipality without social stock has null priority shares and spreading figures.
		const bare = bijlage5();
		bare.municipalities = bare.municipalities.map((m, i) =>
			i === 0 ? { ...m, socialShare: 0, currentUrgents: undefined } : m
		);
		const o = explored(bare);
		expect(o.result.byYear.some((y) => y.priorityShare.includes(null))).toBe(true);
		for (const [result, comparison] of [
			[run.result, null],
			[o.result, o.comparison]
		] as const) {
			const packed = packResult(result, comparison);
			const back = unpackResult(await across(packed, buffers(packed)));
			expect(back.result).toStrictEqual(result);
			expect(back.comparison).toStrictEqual(comparison);
		}
	});

	test('the worker API hands out the packed result marked for transfer', async () => {
		const scenario = scenarioForRegion('arbeidsmarktregio:groningen').scenario;
		const sent = engineWorkerApi.explore(scenario);
		if (!sent.ok) throw new Error('refused');
		// The payload: a header of strings and warnings, and typed arrays, nothing nested besides.
		expect(Object.keys(sent.packed).sort()).toEqual(['flags', 'header', 'numbers']);
		expect(Object.keys(sent.packed.header).sort()).toEqual(['codes', 'names', 'warnings']);
		const arrived = await across<PackedOutcome>(sent, buffers(sent.packed));
		expect(sent.packed.numbers.byteLength).toBe(0);
		expect(unpackExplore(arrived)).toStrictEqual(exploreScenario(scenario));
		// Refusals pass as they are.
		expect(engineWorkerApi.explore({})).toStrictEqual(exploreScenario({}));
	});
});
