/**
 * How Monte Carlo runs are split over workers: fixed chunks [from, to) of run numbers.
 * Every run has its own seeded stream (uncertainty.ts) and chunks merge in run order, so the
 * result is the same whichever worker computes which chunk and however many there are.
 */

/** Runs per chunk: small enough to spread over a pool and report progress, large enough to keep messages few. */
export const CHUNK_RUNS = 20;

/** [from, to) ranges covering 0..runs in chunks of `size`. */
export function chunkRanges(runs: number, size = CHUNK_RUNS): [number, number][] {
	const out: [number, number][] = [];
	for (let from = 0; from < runs; from += size) out.push([from, Math.min(runs, from + size)]);
	return out;
}
