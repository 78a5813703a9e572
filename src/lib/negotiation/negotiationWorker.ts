/**
 * A negotiation worker through comlink. A worker that fails to load or
 * crashes rejects the call it was running (comlink alone would leave it
 * hanging); `terminate` is how a search is cancelled.
 */
import { wrap } from 'comlink';
import { nt } from '$lib/i18n/negotiation';
import type { NegotiationApi } from '$lib/model/negotiation';

export interface NegotiationWorker {
	call<K extends keyof NegotiationApi>(
		method: K,
		...args: Parameters<NegotiationApi[K]>
	): Promise<ReturnType<NegotiationApi[K]>>;
	terminate(): void;
}

export function spawnNegotiationWorker(): NegotiationWorker {
	const worker = new Worker(new URL('../../../workers/negotiation.worker.ts', import.meta.url), {
		type: 'module'
	});
	const remote = wrap<NegotiationApi>(worker);
	const failed = new Promise<never>((_, reject) => {
		const fail = (e: Event) =>
			reject(
				new Error(
					nt('workerStopped', {
						reason: e instanceof ErrorEvent && e.message ? e.message : nt('unknownError')
					})
				)
			);
		worker.addEventListener('error', fail);
		worker.addEventListener('messageerror', fail);
	});
	failed.catch(() => {});
	return {
		call(method, ...args) {
			const fn = remote[method] as unknown as (...a: unknown[]) => Promise<never>;
			return Promise.race([fn(...args), failed]);
		},
		terminate: () => worker.terminate()
	};
}
