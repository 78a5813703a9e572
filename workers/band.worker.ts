/// <reference lib="webworker" />
// A band worker: Monte Carlo chunks only, never slider runs (the engine worker stays free for those).
import { expose, transfer } from 'comlink';
import { bandJobs } from '../src/lib/model/bandChunk';
import { summaryTransferables } from '../src/lib/model/mcSummary';

const jobs = bandJobs();
expose({
	start: jobs.start,
	add: jobs.add,
	finish() {
		const summary = jobs.finish();
		return summary ? transfer(summary, summaryTransferables(summary)) : null;
	}
});
