/**
 * XLSX work in a worker of its own (workers/xlsx.worker.ts, served from
 * 'self' as the CSP asks), one worker per job. Each job has a deadline:
 * when the worker does not answer in time, or dies (out of memory on a zip
 * bomb), it is ended and the job fails with a WorkbookError whose message is
 * for the user. The page never waits forever.
 */
import { wrap, type Remote } from 'comlink';
import { i18n } from '$lib/i18n/i18n.svelte';
import { WorkbookError, type WorkbookSheet, type XlsxApi } from '$lib/io/xlsxApi';
import type { Scenario, SimulationResult } from '$lib/model';

/** Reading an import file (at most a few MB) gets this long. */
export const READ_DEADLINE_MS = 20_000;

/** Writing gets a base time plus a little per result row (Heel Nederland, 30 years: 10.260 rows). */
export function writeDeadlineMs(rows: number): number {
	return 30_000 + 4 * rows;
}

type Failure = 'timeout' | 'crashed';

function inWorker<T>(
	job: (api: Remote<XlsxApi>) => Promise<T>,
	deadlineMs: number,
	message: (failure: Failure, seconds: number) => string
): Promise<T> {
	const worker = new Worker(new URL('../../../workers/xlsx.worker.ts', import.meta.url), {
		type: 'module'
	});
	let timer: ReturnType<typeof setTimeout> | undefined;
	const seconds = Math.round(deadlineMs / 1000);
	return new Promise<T>((resolve, reject) => {
		timer = setTimeout(() => reject(new WorkbookError(message('timeout', seconds))), deadlineMs);
		const crash = () => reject(new WorkbookError(message('crashed', seconds)));
		worker.addEventListener('error', crash);
		worker.addEventListener('messageerror', crash);
		job(wrap<XlsxApi>(worker)).then(resolve, reject);
	}).finally(() => {
		clearTimeout(timer);
		worker.terminate();
	});
}

/** Every sheet of a workbook, read in the XLSX worker within READ_DEADLINE_MS. */
export function readWorkbookInWorker(bytes: Uint8Array): Promise<WorkbookSheet[]> {
	return inWorker(
		(api) => api.readWorkbook(bytes),
		READ_DEADLINE_MS,
		(failure, seconds) =>
			failure === 'timeout' ? i18n.t('xlsxReadTimeout', { seconds }) : i18n.t('xlsxReadCrashed')
	);
}

/** The .xlsx export, made in the XLSX worker. */
export function exportXlsxInWorker(scenario: Scenario, result?: SimulationResult): Promise<Blob> {
	const rows = result ? result.byYear.length * result.codes.length : 0;
	return inWorker(
		(api) => api.exportXlsx(scenario, result),
		writeDeadlineMs(rows),
		(failure, seconds) =>
			failure === 'timeout' ? i18n.t('xlsxWriteTimeout', { seconds }) : i18n.t('xlsxWriteCrashed')
	);
}
