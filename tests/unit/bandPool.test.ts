import { describe, expect, test } from 'vitest';
import { parseScenario, type Scenario } from '$lib/model';
import { bandScenario } from '$lib/model/bandChunk';
import { chunkRanges } from '$lib/model/chunks';
import { uncertaintyOf } from '$lib/model/uncertainty';
import { BandCancelled, createBandPool } from '$lib/sim/bandPool';
import { issueText } from '$lib/i18n/issues';
import bijlage5 from '$lib/scenarios/bijlage5.json';
import { inProcessWorkers, type ChunkLog } from './bandWorkers';

function scenario(seed: number): Scenario {
	const p = parseScenario({ ...bijlage5, uncertainty: { runs: 0, seed, mutationRateSd: 0.01 } });
	if (!p.ok) throw new Error(p.issues.map((i) => issueText(i, 'nl')).join('\n'));
	return p.scenario;
}

describe('the band on its pool of workers', () => {
	test('1, 2 and 4 workers give the band of all runs at once, with progress from 0 to 1', async () => {
		const s = scenario(3);
		const whole = JSON.stringify(uncertaintyOf(bandScenario(s)));
		for (const size of [1, 2, 4]) {
			const pool = createBandPool(size, inProcessWorkers());
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
		const log: ChunkLog = new Map();
		const pool = createBandPool(2, inProcessWorkers(log));
		const chunks = chunkRanges(bandScenario(scenario(1)).uncertainty.runs).length;
		let second: Promise<unknown> | undefined;
		const [one, two] = [scenario(1), scenario(2)];
		const first = pool.compute(one, (done) => {
			// The scenario changes as soon as the first chunk is in.
			if (done > 0 && !second) second = pool.compute(two, () => {});
		});
		await expect(first).rejects.toBeInstanceOf(BandCancelled);
		const outcome = await second;
		expect(JSON.stringify(outcome)).toBe(
			JSON.stringify({ ok: true, uncertainty: uncertaintyOf(bandScenario(scenario(2))) })
		);
		// The cancelled band stopped after the chunks already in flight; the new one ran them all.
		expect(log.get(one)).toBeLessThan(chunks);
		expect(log.get(two)).toBe(chunks);
	});

	test('cancel alone stops the band and says so', async () => {
		const pool = createBandPool(2, inProcessWorkers());
		const band = pool.compute(scenario(1), () => {});
		pool.cancel();
		await expect(band).rejects.toBeInstanceOf(BandCancelled);
	});

	test('a refused scenario is an error, not an empty band', async () => {
		const pool = createBandPool(2, inProcessWorkers());
		const refused = { ...scenario(1), horizonYears: -1 };
		await expect(pool.compute(refused, () => {})).rejects.toThrow('refused');
	});
});
