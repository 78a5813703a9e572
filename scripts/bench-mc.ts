/**
 * `npm run bench:mc`: 1.000 Monte Carlo runs of the 342 × 20 benchmark region on one worker
 * thread and on a pool of one worker per core, with the same chunks (identical results).
 * Prints plain lines, the last one "pool speed-up: N×"; asserts nothing but identity.
 * Memory is the peak resident size of the whole process (main thread and worker threads),
 * sampled every 20 ms; CPU time is the process's user + system time, which on a machine
 * shared with other work gives the speed-up the pool would reach if it had the cores to itself.
 */
import { availableParallelism } from 'node:os';
import { performance } from 'node:perf_hooks';
import { parseScenario } from '../src/lib/model/scenario';
import { uncertaintyOnPool } from './mcChunks';
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
	global.gc?.();
	let peak = process.memoryUsage().rss;
	const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
	const cpu = process.cpuUsage();
	const start = performance.now();
	const result = await uncertaintyOnPool(scenario, workers);
	const ms = performance.now() - start;
	const used = process.cpuUsage(cpu);
	clearInterval(sampler);
	peak = Math.max(peak, process.memoryUsage().rss);
	return { ms, cpuMs: (used.user + used.system) / 1000, result, peak };
}

const line = (label: string, r: Awaited<ReturnType<typeof timed>>) =>
	console.log(
		`  ${label.padEnd(18)} ${(r.ms / 1000).toFixed(2)} s, cpu ${(r.cpuMs / 1000).toFixed(2)} s, peak memory ${(r.peak / MB).toFixed(0)} MB`
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
console.log(`peak memory: ${(Math.max(one.peak, pool.peak) / MB).toFixed(0)} MB`);
console.log(`pool speed-up: ${(one.ms / pool.ms).toFixed(2)}×`);
