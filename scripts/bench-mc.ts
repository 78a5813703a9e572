/**
 * `npm run bench:mc`: 1.000 Monte Carlo runs of the 342 × 20 benchmark region on one worker
 * thread and on a pool of one worker per core, with the same chunks (identical results).
 * Prints plain lines, the last one "pool speed-up: N×"; asserts nothing but identity.
 * The workers are started (and have loaded their code) before the clock runs, as the app keeps
 * its band workers between bands; the start is printed apart.
 * Memory is the peak resident size of the whole process (main thread and worker threads),
 * sampled every 20 ms, next to the same with the workers started and idle. CPU time is the
 * process's user + system time: on a machine shared with other work it gives the speed-up the
 * pool would reach with the cores to itself.
 */
import { availableParallelism } from 'node:os';
import { performance } from 'node:perf_hooks';
import { summaryTransferables } from '../src/lib/model/mcSummary';
import { parseScenario } from '../src/lib/model/scenario';
import { UncertaintyAccumulator } from '../src/lib/model/uncertainty';
import { mcPool } from './mcChunks';
import { nationalRegion } from './nationalRegion';

const RUNS = Number(process.argv[2] ?? 1000);
const parsed = parseScenario({
	...nationalRegion(342, 20_250_101),
	uncertainty: { runs: RUNS, seed: 1, mutationRateSd: 0.005 }
});
if (!parsed.ok) throw new Error('benchmark region refused');
const scenario = parsed.scenario;
const cores = availableParallelism();
const MB = 2 ** 20;

async function timed(workers: number) {
	const pool = mcPool(workers);
	const booting = performance.now();
	await pool.ready();
	const bootMs = performance.now() - booting;
	global.gc?.();
	// Idle workers with their code loaded: what the runs add comes on top of this.
	const idle = process.memoryUsage().rss;
	let peak = idle;
	const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
	const cpu = process.cpuUsage();
	const start = performance.now();
	const result = await pool.run(scenario);
	const ms = performance.now() - start;
	const used = process.cpuUsage(cpu);
	clearInterval(sampler);
	peak = Math.max(peak, process.memoryUsage().rss);
	await pool.close();
	return { ms, bootMs, cpuMs: (used.user + used.system) / 1000, result, peak, idle };
}

const line = (label: string, r: Awaited<ReturnType<typeof timed>>) =>
	console.log(
		`  ${label.padEnd(18)} ${(r.ms / 1000).toFixed(2)} s, cpu ${(r.cpuMs / 1000).toFixed(2)} s, peak memory ${(r.peak / MB).toFixed(0)} MB (${(r.idle / MB).toFixed(0)} MB with the workers idle, started in ${(r.bootMs / 1000).toFixed(2)} s before)`
	);

console.log(
	`Verdeelwijzer Monte Carlo benchmark (Node ${process.version}): ${RUNS} runs × 342 × 20`
);
const one = await timed(1);
line('one worker:', one);
const pool = await timed(cores);
line(`pool of ${cores} workers:`, pool);
console.log(`  cores: ${cores}`);
const same = JSON.stringify(one.result) === JSON.stringify(pool.result);
console.log(`  identical percentiles on 1 and ${cores} workers: ${same ? 'yes' : 'NO'}`);
// Wall time on a shared machine also counts other programs' turns; CPU time does not.
console.log(
	`  cpu-time speed-up (${cores} × one worker's cpu / the pool's cpu): ${((cores * one.cpuMs) / pool.cpuMs).toFixed(2)}×`
);
const summary = new UncertaintyAccumulator(scenario).summary;
const summaryBytes = summaryTransferables(summary).reduce((sum, b) => sum + b.byteLength, 0);
console.log(
	`  summary sent back per worker: ${(summaryBytes / MB).toFixed(1)} MB, whatever the number of runs`
);
console.log(`peak memory: ${(Math.max(one.peak, pool.peak) / MB).toFixed(0)} MB`);
console.log(`pool speed-up: ${(one.ms / pool.ms).toFixed(2)}×`);
