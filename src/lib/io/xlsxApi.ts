/**
 * The XLSX work that runs in the app's own worker (workers/xlsx.worker.ts):
 * unpacking and parsing a workbook, building and packing one. Zip work for
 * large sheets takes seconds; in the worker it never freezes the page, and
 * the page can give up on it (a deadline) by ending the worker. The same
 * functions run in Node (tests, scripts) without a worker.
 */
import { unzipSync } from 'fflate';
import type { Scenario, SimulationResult } from '../model/types';
import { exportXlsx } from './exportTable';

/**
 * The worker's own guard against a zip bomb: what the archive says it unpacks
 * to, checked before anything is inflated (the unzipper sizes its output by
 * these declared sizes). The import refuses larger files earlier with its limits.
 */
export const MAX_UNPACKED_BYTES = 50 * 1024 * 1024;

/** One sheet as read-excel-file gives it: its name and its rows of cells. */
export interface WorkbookSheet {
	sheet: string;
	data: unknown[][];
}

export type WorkbookReader = (bytes: Uint8Array) => Promise<WorkbookSheet[]>;

/** A workbook that could not be read, with the reason for the user (Dutch or English). */
export class WorkbookError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'WorkbookError';
	}
}

/** Also true for a WorkbookError thrown in the worker (comlink keeps the name, not the class). */
export const isWorkbookError = (e: unknown): e is Error =>
	e instanceof Error && e.name === 'WorkbookError';

/** Every sheet of an .xlsx file. Throws on anything that is not a readable workbook. */
export async function readWorkbook(bytes: Uint8Array): Promise<WorkbookSheet[]> {
	let unpacked = 0;
	unzipSync(bytes, {
		filter: (entry) => {
			unpacked += entry.originalSize;
			return false; // only the sizes: nothing is inflated here
		}
	});
	if (unpacked > MAX_UNPACKED_BYTES) {
		const mb = (n: number) => Math.round(n / 1024 / 1024).toLocaleString('nl-NL');
		throw new WorkbookError(
			`Het Excel-bestand pakt uit tot ${mb(unpacked)} MB; dat is meer dan ${mb(MAX_UNPACKED_BYTES)} MB en wordt niet gelezen. Sla de tabel op als CSV of als kleinere .xlsx.`
		);
	}
	const { default: readXlsxFile } = await import('read-excel-file/universal');
	return (await readXlsxFile(new Uint8Array(bytes).buffer)) as WorkbookSheet[];
}

export const xlsxApi = {
	readWorkbook,
	exportXlsx(scenario: Scenario, result?: SimulationResult): Promise<Blob> {
		return exportXlsx(scenario, result);
	}
};

export type XlsxApi = typeof xlsxApi;
