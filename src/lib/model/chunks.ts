/**
 * How Monte Carlo runs are split over workers: fixed chunks [from, to) of run numbers.
 * Every run has its own seeded stream (uncertainty.ts) and chunks merge exactly in any order, so the
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

/**
 * Chunks in flight per worker: while it computes one, the next is already in its inbox, so it
 * never waits for the main thread (on a busy machine that thread may be slow to get a turn).
 */
export const LANES = 2;
