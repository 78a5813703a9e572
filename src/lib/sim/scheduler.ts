/**
 * Latest input wins: at most one run in flight and one queued. A burst of
 * updates while a run is in flight replaces the queued input, so the burst
 * costs two runs, not one per update. A result (or error) is delivered only
 * when no newer input has arrived since its run started: a stale answer never
 * lands on screen. Pattern after SDEverywhere's model scheduler.
 */

export interface SchedulerHandlers<I, O> {
	result: (output: O, input: I) => void;
	error: (error: unknown, input: I) => void;
}

export class LatestInputScheduler<I, O> {
	private queued: { input: I; id: number } | null = null;
	private running = false;
	private latest = 0;
	private idleWaiters: (() => void)[] = [];
	/** runs started, for tests and benchmarks */
	runs = 0;

	constructor(
		private readonly execute: (input: I) => Promise<O>,
		private readonly handlers: SchedulerHandlers<I, O>
	) {}

	update(input: I): void {
		this.queued = { input, id: ++this.latest };
		if (!this.running) void this.pump();
	}

	/** Forget the queued input and make the one in flight stale: a newer answer came from elsewhere (a cache). */
	supersede(): void {
		this.queued = null;
		this.latest++;
	}

	get busy(): boolean {
		return this.running;
	}

	/** Resolves when nothing is running or queued. */
	idle(): Promise<void> {
		if (!this.running && !this.queued) return Promise.resolve();
		return new Promise((resolve) => this.idleWaiters.push(resolve));
	}

	private async pump(): Promise<void> {
		this.running = true;
		while (this.queued) {
			const job = this.queued;
			this.queued = null;
			this.runs++;
			try {
				const output = await this.execute(job.input);
				if (job.id === this.latest) this.handlers.result(output, job.input);
			} catch (error) {
				if (job.id === this.latest) this.handlers.error(error, job.input);
			}
		}
		this.running = false;
		for (const resolve of this.idleWaiters.splice(0)) resolve();
	}
}
