/** A Node worker thread for scripts/mcChunks.ts: band jobs as in the browser, the summary transferred back. */
import { parentPort } from 'node:worker_threads';
import { bandJobs } from '../src/lib/model/bandChunk';
import { summaryTransferables } from '../src/lib/model/mcSummary';

type Message = { start: unknown } | { add: [number, number] } | { finish: true };

const jobs = bandJobs();
parentPort!.on('message', (m: Message) => {
	if ('start' in m) parentPort!.postMessage(jobs.start(m.start));
	else if ('add' in m) parentPort!.postMessage(jobs.add(...m.add));
	else {
		const summary = jobs.finish();
		parentPort!.postMessage(summary, summary ? summaryTransferables(summary) : []);
	}
});
