import { describe, expect, test } from 'vitest';
import { parseScenario, type Scenario } from '$lib/model';
import { bandJobs, bandScenario } from '$lib/model/bandChunk';
import { chunkRanges } from '$lib/model/chunks';
import { uncertaintyOf } from '$lib/model/uncertainty';
import { BandCancelled, createBandPool, type BandWorker } from '$lib/sim/bandPool';
import bijlage5 from '$lib/scenarios/bijlage5.json';

function scenario(seed: number): Scenario {
	const p = parseScenario({ ...bijlage5, uncertainty: { runs: 0, seed, mutationRateSd: 0.01 } });
	if (!p.ok) throw new Error(p.issues.map((i) => i.message).join('\n'));
	return p.scenario;
}

/** Chunks each seed's job was handed, over all workers. */
type Log = Map<number, number>;

/**
 * The band worker's own code in this process: every call answers on a later turn, as a
 * message would, and the input and the summary cross as structured clones.
 */
function inProcess(log: Log): () => BandWorker {
	const later = () => new Promise((resolve) => setTimeout(resolve, 0));
	return () => {
		const jobs = bandJobs();
		let seed = NaN;
		return {
			remote: {
				async start(input: unknown) {
					await later();
					seed = (input as Scenario).uncertainty.seed;
					return jobs.start(structuredClone(input));
				},
				async add(from: number, to: number) {
					await later();
					log.set(seed, (log.get(seed) ?? 0) + 1);
					jobs.add(from, to);
				},
				async finish() {
					await later();
					return structuredClone(jobs.finish());
				}
			},
			terminate() {}
		};
	};
}

describe('the band on its pool of workers', () => {
	test('1, 2 and 4 workers give the band of all runs at once, with progress from 0 to 1', async () => {
		const s = scenario(3);
		const whole = JSON.stringify(uncertaintyOf(bandScenario(s)));
		for (const size of [1, 2, 4]) {
			const pool = createBandPool(size, inProcess(new Map()));
			const progress: number[] = [];
			const outcome = await pool.compute(s, (done) => progress.push(done));
			expect(outcome.ok && JSON.stringify(outcome.uncertainty)).toBe(whole);
			expect(progress[0]).toBe(0);
			expect(progress.at(-1)).toBe(1);
			expect(progress).toEqual([...progress].sort((a, b) => a - b));
			// Shown while it computes: between the first and the last there are steps.
			expect(progress.filter((p) => p > 0 && p < 1).length).toBeGreaterThan(0);
		}
	});

	test('a new scenario cancels the band in flight: no further chunks, its result never lands', async () => {
		const log: Log = new Map();
		const pool = createBandPool(2, inProcess(log));
		const chunks = chunkRanges(bandScenario(scenario(1)).uncertainty.runs).length;
		let second: Promise<unknown> | undefined;
		const first = pool.compute(scenario(1), (done) => {
			// The scenario changes as soon as the first chunk is in.
			if (done > 0 && !second) second = pool.compute(scenario(2), () => {});
		});
		await expect(first).rejects.toBeInstanceOf(BandCancelled);
		const outcome = await second;
		expect(JSON.stringify(outcome)).toBe(
			JSON.stringify({ ok: true, uncertainty: uncertaintyOf(bandScenario(scenario(2))) })
		);
		// The cancelled band stopped after the chunks already in flight; the new one ran them all.
		expect(log.get(1)).toBeLessThan(chunks);
		expect(log.get(2)).toBe(chunks);
	});

	test('cancel alone stops the band and says so', async () => {
		const pool = createBandPool(2, inProcess(new Map()));
		const band = pool.compute(scenario(1), () => {});
		pool.cancel();
		await expect(band).rejects.toBeInstanceOf(BandCancelled);
	});

	test('a refused scenario is an error, not an empty band', async () => {
		const pool = createBandPool(2, inProcess(new Map()));
		const refused = { ...scenario(1), horizonYears: -1 };
		await expect(pool.compute(refused, () => {})).rejects.toThrow('refused');
	});
});
