/**
 * `npm run bench`: how long one engine run takes, on a deterministic region
 * the size of the Netherlands (342 municipalities, 20 years) and on the
 * Bijlage 5 example, against a bare loop that only allocates and writes
 * arrays of the same output size (years × per-municipality arrays ×
 * municipalities) in the same process. Prints plain lines; asserts nothing.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { issueText } from '../src/lib/i18n/issues';
import { runScenario } from '../src/lib/model/api';
import { simulate } from '../src/lib/model/engine';
import { parseScenario } from '../src/lib/model/scenario';
import type { Scenario, SimulationResult } from '../src/lib/model/types';
import { nationalRegion } from './nationalRegion';

const WARM_UP = 50;
const SAMPLES = 200;
/** A sample lasts at least this long; fast runs are repeated within one sample. */
const MIN_SAMPLE_MS = 2;

/** Output size of a result: years × per-municipality arrays in a year × municipalities. */
function outputShape(result: SimulationResult) {
	const n = result.codes.length;
	const first = result.byYear[0] as unknown as Record<string, unknown>;
	const arrays = Object.keys(first).filter(
		(k) => Array.isArray(first[k]) && (first[k] as unknown[]).length === n
	);
	return { years: result.byYear.length, arrays, n };
}

let sink = 0;

/** Allocate and write the same number of arrays and numbers as the engine returns, nothing else. */
function bareLoop(years: number, arrays: string[], n: number): unknown {
	const byYear: Record<string, number[]>[] = [];
	for (let t = 0; t < years; t++) {
		const year: Record<string, number[]> = {};
		for (const name of arrays) {
			const values = new Array<number>(n);
			for (let i = 0; i < n; i++) values[i] = i * 0.5 + t;
			year[name] = values;
		}
		byYear.push(year);
	}
	return byYear;
}

/** Median milliseconds per call after warm-up, with calls batched so a sample is measurable. */
function medianMs(fn: () => unknown): number {
	for (let k = 0; k < WARM_UP; k++) fn();
	const start = performance.now();
	fn();
	const once = Math.max(performance.now() - start, 1e-4);
	const batch = Math.max(1, Math.ceil(MIN_SAMPLE_MS / once));
	const samples: number[] = [];
	for (let s = 0; s < SAMPLES; s++) {
		const t0 = performance.now();
		for (let k = 0; k < batch; k++) {
			const out = fn() as { length?: number } | null;
			sink += out ? 1 : 0;
		}
		samples.push((performance.now() - t0) / batch);
	}
	samples.sort((a, b) => a - b);
	const mid = samples.length >> 1;
	return samples.length % 2 ? samples[mid]! : (samples[mid - 1]! + samples[mid]!) / 2;
}

/**
 * The median over samples of (fn time / baseline time), the two timed back to back in each
 * sample: on a busy machine both see the same load, which separate medians do not guarantee.
 */
function pairedRatio(fn: () => unknown, baseline: () => unknown): number {
	const per = (f: () => unknown) => {
		const batch = Math.max(1, Math.ceil(MIN_SAMPLE_MS / Math.max(timeOnce(f), 1e-4)));
		return () => {
			const t0 = performance.now();
			for (let k = 0; k < batch; k++) sink += f() ? 1 : 0;
			return (performance.now() - t0) / batch;
		};
	};
	const a = per(fn);
	const b = per(baseline);
	const ratios: number[] = [];
	for (let s = 0; s < SAMPLES; s++) ratios.push(a() / b());
	ratios.sort((x, y) => x - y);
	return ratios[ratios.length >> 1]!;
}

function timeOnce(f: () => unknown): number {
	const t0 = performance.now();
	f();
	return performance.now() - t0;
}

const ms = (x: number) => (x >= 1 ? `${x.toFixed(2)} ms` : `${(x * 1000).toFixed(1)} µs`);

function bench(label: string, scenario: Scenario) {
	const parsed = parseScenario(scenario);
	if (!parsed.ok) {
		console.log(
			`${label}: scenario refused: ${parsed.issues.map((i) => issueText(i, 'nl')).join(' | ')}`
		);
		return;
	}
	const valid = parsed.scenario;
	const shape = outputShape(simulate(valid));
	const full = medianMs(() => runScenario(scenario));
	const engine = medianMs(() => simulate(valid));
	// The engine keeps the inhabitants projection while I(0) and growth stay the same (a slider
	// move changes neither); alternating with a copy whose growth differs everywhere measures a
	// run that must recompute it.
	const regrown = {
		...valid,
		municipalities: valid.municipalities.map((m) => ({
			...m,
			populationGrowth: (m.populationGrowth ?? 0) + 1e-4
		}))
	};
	let flip = false;
	const cold = medianMs(() => {
		flip = !flip;
		return simulate(flip ? valid : regrown);
	});
	const bare = medianMs(() => bareLoop(shape.years, shape.arrays, shape.n));
	const paired = pairedRatio(
		() => simulate(valid),
		() => bareLoop(shape.years, shape.arrays, shape.n)
	);
	const groups = valid.demand.length;
	console.log(
		`${label}: ${shape.n} municipalities, ${shape.years} years, ${groups} demand group${groups === 1 ? '' : 's'}`
	);
	console.log(`  runScenario (validate + simulate): median ${ms(full)} per run`);
	console.log(`  simulate only:                     median ${ms(engine)} per run`);
	console.log(`  simulate, growth changed every run: median ${ms(cold)} per run`);
	console.log(
		`  bare loop writing ${shape.years} × ${shape.arrays.length} × ${shape.n} numbers: median ${ms(bare)} per run`
	);
	console.log(
		`  ratio to the bare loop: simulate ${(engine / bare).toFixed(1)}×, runScenario ${(full / bare).toFixed(1)}×, simulate with growth changed ${(cold / bare).toFixed(1)}×`
	);
	console.log(
		`  simulate and bare loop timed back to back in each sample: median ratio ${paired.toFixed(1)}×`
	);
}

console.log(
	`Verdeelwijzer engine benchmark (Node ${process.version}; median of ${SAMPLES} samples after ${WARM_UP} warm-up runs)`
);
bench('Region', nationalRegion(342, 20_250_101));
const bijlage5 = JSON.parse(
	readFileSync(new URL('../src/lib/scenarios/bijlage5.json', import.meta.url), 'utf8')
) as Scenario;
bench('Bijlage 5', bijlage5);
if (sink < 0) console.log(sink);
