/**
 * `npm run bench:mc`: 1.000 Monte Carlo runs of the 342 × 20 benchmark region on one worker
 * thread and on a pool of one worker per core, with the same chunks (identical results).
 * Prints plain lines, the last one "pool speed-up: N×"; asserts nothing but identity.
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

async function timed(workers: number) {
	const start = performance.now();
	const result = await uncertaintyOnPool(scenario, workers);
	return { ms: performance.now() - start, result, rss: process.memoryUsage().rss };
}

console.log(
	`Verdeelwijzer Monte Carlo benchmark (Node ${process.version}): ${RUNS} runs × 342 × 20`
);
const one = await timed(1);
console.log(
	`  one worker:        ${(one.ms / 1000).toFixed(2)} s (main process rss ${(one.rss / 2 ** 20).toFixed(0)} MB)`
);
const pool = await timed(cores);
console.log(
	`  pool of ${cores} workers: ${(pool.ms / 1000).toFixed(2)} s (main process rss ${(pool.rss / 2 ** 20).toFixed(0)} MB)`
);
console.log(`  cores: ${cores}`);
const same = JSON.stringify(one.result) === JSON.stringify(pool.result);
console.log(`  identical percentiles on 1 and ${cores} workers: ${same ? 'yes' : 'NO'}`);
console.log(`pool speed-up: ${(one.ms / pool.ms).toFixed(2)}×`);
