/**
 * Code the first screen does not need (the map, the round and comparison views, the
 * presentation stage) is loaded apart, after the first chart is painted, so that the
 * JavaScript of a first visit stays small. Each module is asked for once and kept.
 */

/** A loader whose first call waits for the next paint; later calls get the same module. */
export function afterPaint<T>(load: () => Promise<T>): () => Promise<T> {
	let module: Promise<T> | undefined;
	return () =>
		(module ??= new Promise<void>((resolve) =>
			requestAnimationFrame(() => setTimeout(resolve, 0))
		).then(load));
}
