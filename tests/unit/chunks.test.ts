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

/** A region whose demand spreads over more than BINS households a year (cv 0,5 on 5.000). */
function wide(): Scenario {
	const p = parseScenario({
		...bijlage5,
		demand: [{ group: 'uitstroom-bw', perYear: 5000, distributable: true, cv: 0.5 }],
		uncertainty: { runs: 60, seed: 4, mutationRateSd: 0.02 }
	});
	if (!p.ok) throw new Error(p.issues.map((i) => issueText(i, 'nl')).join('\n'));
	return p.scenario;
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

	// Chunk sizes per worker count; the wide region's bins coarsen differently in every chunk.
	test.each([
		['Bijlage 5', () => scenario(), [97, 10, 7]],
		['wide spreads (coarsened bins)', () => wide(), [60, 7, 3]]
	] as const)(
		'%s: 1, 2 and 4 workers give byte-identical percentiles, equal to one run of all',
		(_, make, sizes) => {
			const s = make();
			const whole = JSON.stringify(uncertaintyOf(s));
			expect(onWorkers(s, 1, sizes[0])).toBe(whole);
			expect(onWorkers(s, 2, sizes[1])).toBe(whole);
			expect(onWorkers(s, 4, sizes[2])).toBe(whole);
		}
	);

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
		// This region spreads less than BINS households per cell: every cell is exact.
		expect(Math.max(...summary.hLevel)).toBe(0);
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

	test('wide spreads: percentiles within one bin of all runs sorted, bins at most 2 × range / (BINS − 1)', () => {
		for (const s of [scenario(), wide()]) {
			const runs = Array.from({ length: s.uncertainty.runs }, (_, r) => runFigures(s, r));
			const summary = uncertaintyChunk(s, 0, s.uncertainty.runs);
			const u = uncertaintyOf(s)!;
			const ps = [u.p10, u.p50, u.p90];
			const households = ps.map((p) => p.households);
			const priorityShares = ps.map((p) => p.priorityShare);
			const n = s.municipalities.length;
			for (let t = 0; t < s.horizonYears; t++) {
				for (let i = 0; i < n; i++) {
					const c = t * n + i;
					const h = runs.map((run) => run[t]!.households[i]!).sort((a, b) => a - b);
					const shares = runs.map((run) => run[t]!.priorityShare[i]!).sort((a, b) => a - b);
					for (const [values, level, finest, got] of [
						[h, summary.hLevel[c]!, 0, households],
						[shares, summary.uLevel[c]!, -24, priorityShares]
					] as const) {
						const width = 2 ** level;
						const range = values.at(-1)! - values[0]!;
						if (level > finest) expect(width).toBeLessThanOrEqual((2 * range) / (BINS - 1));
						[0.1, 0.5, 0.9].forEach((p, k) => {
							const exact = quantileSorted(values, p)!;
							expect(Math.abs(got[k]![t]![i]! - exact)).toBeLessThanOrEqual(width);
						});
					}
				}
			}
		}
		// The wide region needs coarser bins for both figures: the check above covered them.
		const summary = uncertaintyChunk(wide(), 0, 60);
		expect(Math.max(...summary.hLevel)).toBeGreaterThan(0);
		expect(Math.max(...summary.uLevel)).toBeGreaterThan(-24);
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
		expect(got.hLevel).toBeInstanceOf(Int8Array);
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
