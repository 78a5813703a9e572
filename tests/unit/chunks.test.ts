import { quantileSorted } from 'd3';
import { describe, expect, test } from 'vitest';
import { parseScenario, type Scenario } from '$lib/model';
import { chunkRanges } from '$lib/model/chunks';
import { bandJobs } from '$lib/model/bandChunk';
import { BINS, summaryTransferables, type McSummary } from '$lib/model/mcSummary';
import {
	mergeUncertainty,
	runFigures,
	uncertaintyChunk,
	uncertaintyOf
} from '$lib/model/uncertainty';
import bijlage5 from '$lib/scenarios/bijlage5.json';
import { issueText } from '$lib/i18n/issues';
import { uncertaintyOnPool } from '../../scripts/mcChunks';

function scenario(runs = 97): Scenario {
	const p = parseScenario({
		...bijlage5,
		bounds: { capShare: 0.06, floorShare: 0 },
		uncertainty: { runs, seed: 11, mutationRateSd: 0.01 }
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

const bytes = (s: McSummary) =>
	summaryTransferables(s).reduce((total, buffer) => total + buffer.byteLength, 0);

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

	test('1, 2 and 4 worker threads give byte-identical percentiles, equal to one run of all', async () => {
		const s = scenario();
		const whole = JSON.stringify(uncertaintyOf(s));
		for (const workers of [1, 2, 4]) {
			expect(JSON.stringify(await uncertaintyOnPool(s, workers))).toBe(whole);
		}
	}, 60_000);

	test('another seed gives other percentiles through the same chunks (the check can fail)', () => {
		const s = scenario();
		const other = { ...s, uncertainty: { ...s.uncertainty, seed: 12 } };
		expect(onWorkers(other, 2, 10)).not.toBe(onWorkers(s, 2, 10));
	});
});

describe('the fixed-size summary of the runs', () => {
	test('takes the same memory for 10 runs as for 400', () => {
		const s = scenario(400);
		expect(bytes(uncertaintyChunk(s, 0, 400))).toBe(bytes(uncertaintyChunk(s, 0, 10)));
	});

	test('household percentiles are those of all runs kept and sorted, where bins are one household wide', () => {
		const s = scenario();
		const runs = Array.from({ length: s.uncertainty.runs }, (_, r) => runFigures(s, r));
		const summary = uncertaintyChunk(s, 0, s.uncertainty.runs);
		// A region of 14 municipalities spreads less than BINS households per cell: all exact.
		expect(Math.max(...summary.plan.hWidth)).toBe(1);
		const u = uncertaintyOf(s)!;
		const n = s.municipalities.length;
		for (let t = 0; t < s.horizonYears; t++) {
			for (let i = 0; i < n; i++) {
				const h = runs.map((run) => run[t]!.households[i]!).sort((a, b) => a - b);
				expect(u.p10.households[t]![i]).toBe(quantileSorted(h, 0.1));
				expect(u.p50.households[t]![i]).toBe(quantileSorted(h, 0.5));
				expect(u.p90.households[t]![i]).toBe(quantileSorted(h, 0.9));
				expect(u.meanHouseholds[t]![i]).toBe(h.reduce((a, b) => a + b, 0) / h.length);
			}
		}
	});

	test('priority share percentiles lie within one bin of those of all runs sorted', () => {
		const s = scenario();
		const runs = Array.from({ length: s.uncertainty.runs }, (_, r) => runFigures(s, r));
		const { plan } = uncertaintyChunk(s, 0, s.uncertainty.runs);
		const u = uncertaintyOf(s)!;
		const n = s.municipalities.length;
		let spread = 0;
		for (let t = 0; t < s.horizonYears; t++) {
			for (let i = 0; i < n; i++) {
				const shares = runs.map((run) => run[t]!.priorityShare[i]!).sort((a, b) => a - b);
				const width = plan.uWidth[t * n + i]!;
				for (const [p, got] of [
					[0.1, u.p10.priorityShare[t]![i]],
					[0.5, u.p50.priorityShare[t]![i]],
					[0.9, u.p90.priorityShare[t]![i]]
				] as const) {
					expect(Math.abs(got! - quantileSorted(shares, p)!)).toBeLessThanOrEqual(width);
				}
				spread = Math.max(spread, shares.at(-1)! - shares[0]!);
			}
		}
		// The bins are narrow next to the spread they resolve (BINS over three pilot spreads).
		expect(Math.max(...plan.uWidth)).toBeLessThan((spread * 4) / BINS);
	});
});

describe('a band summary crossing a worker boundary', () => {
	test('crosses as typed arrays whose buffers are moved, not copied', async () => {
		const { MessageChannel } = await import('node:worker_threads');
		const jobs = bandJobs();
		expect(jobs.start(scenario())).toBe(true);
		jobs.add(0, 5);
		const summary = jobs.finish()!;
		const counts = Array.from(summary.hBins);
		const { port1, port2 } = new MessageChannel();
		const received = new Promise<McSummary>((resolve) =>
			port2.once('message', (m: McSummary) => resolve(m))
		);
		port1.postMessage(summary, summaryTransferables(summary));
		const got = await received;
		port1.close();
		expect(got.hBins).toBeInstanceOf(Uint16Array);
		expect(got.plan.hLo).toBeInstanceOf(Float64Array);
		expect(Array.from(got.hBins)).toEqual(counts);
		expect(got.ranges).toEqual([[0, 5]]);
		// Moved: the sender's arrays are detached.
		expect(summary.hBins.length).toBe(0);
		expect(summary.extremes.length).toBe(0);
		// The worker keeps nothing of a finished job.
		expect(jobs.finish()).toBeNull();
	});

	test('a refused scenario starts no job', () => {
		const jobs = bandJobs();
		expect(jobs.start({ format: 'iets anders' })).toBe(false);
		expect(jobs.finish()).toBeNull();
	});
});
