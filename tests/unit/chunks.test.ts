import { describe, expect, test } from 'vitest';
import { parseScenario, type Scenario } from '$lib/model';
import { chunkRanges } from '$lib/model/chunks';
import { bandChunk, chunkTransferables } from '$lib/model/bandChunk';
import {
	mergeUncertainty,
	uncertaintyChunk,
	uncertaintyOf,
	type UncertaintyChunk
} from '$lib/model/uncertainty';
import bijlage5 from '$lib/scenarios/bijlage5.json';
import { issueText } from '$lib/i18n/issues';

function scenario(): Scenario {
	const p = parseScenario({
		...bijlage5,
		bounds: { capShare: 0.06, floorShare: 0 },
		uncertainty: { runs: 97, seed: 11, mutationRateSd: 0.01 }
	});
	if (!p.ok) throw new Error(p.issues.map((i) => issueText(i, 'nl')).join('\n'));
	return p.scenario;
}

/** The runs computed as `workers` workers would: chunks dealt round-robin, each worker's returned in its own order. */
function onWorkers(s: Scenario, workers: number, size: number) {
	const ranges = chunkRanges(s.uncertainty.runs, size);
	const perWorker = Array.from({ length: workers }, (_, w) =>
		ranges.filter((_, k) => k % workers === w)
	);
	// Chunks arrive worker by worker, last worker first: not in run order.
	const arrived = perWorker
		.reverse()
		.flatMap((rs) => rs.map(([from, to]) => uncertaintyChunk(s, from, to)));
	return JSON.stringify(mergeUncertainty(s, arrived));
}

describe('Monte Carlo chunks', () => {
	test('chunk ranges cover every run once, in order', () => {
		expect(chunkRanges(45, 20)).toEqual([
			[0, 20],
			[20, 40],
			[40, 45]
		]);
		expect(chunkRanges(0, 20)).toEqual([]);
	});

	test('1, 2 and 4 workers give byte-identical percentiles, equal to one run of all', () => {
		const s = scenario();
		const whole = JSON.stringify(uncertaintyOf(s));
		expect(onWorkers(s, 1, 97)).toBe(whole);
		expect(onWorkers(s, 2, 10)).toBe(whole);
		expect(onWorkers(s, 4, 7)).toBe(whole);
	});

	test('another seed gives other percentiles through the same chunks (the check can fail)', () => {
		const s = scenario();
		const other = { ...s, uncertainty: { ...s.uncertainty, seed: 12 } };
		expect(onWorkers(other, 2, 10)).not.toBe(onWorkers(s, 2, 10));
	});
});

describe('a band chunk crossing a worker boundary', () => {
	test('crosses as typed arrays whose buffers are moved, not copied', async () => {
		const { MessageChannel } = await import('node:worker_threads');
		const chunk = bandChunk(scenario(), 0, 5)!;
		const households = Array.from(chunk.households);
		const { port1, port2 } = new MessageChannel();
		const received = new Promise<UncertaintyChunk>((resolve) =>
			port2.once('message', (m: UncertaintyChunk) => resolve(m))
		);
		port1.postMessage(chunk, chunkTransferables(chunk));
		const got = await received;
		port1.close();
		expect(got.households).toBeInstanceOf(Float64Array);
		expect(got.priorityShare).toBeInstanceOf(Float64Array);
		expect(got.overCap).toBeInstanceOf(Uint8Array);
		expect(Array.from(got.households)).toEqual(households);
		// Moved: the sender's arrays are detached.
		expect(chunk.households.length).toBe(0);
		expect(chunk.overCap.length).toBe(0);
	});

	test('a refused scenario gives no chunk', () => {
		expect(bandChunk({ format: 'iets anders' }, 0, 5)).toBeNull();
	});
});
