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

/** A workbook that could not be read, with the reason for the user in the UI's language. */
export class WorkbookError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'WorkbookError';
	}
}

/**
 * An archive that says it unpacks beyond MAX_UNPACKED_BYTES. Comlink passes
 * only an error's name and message out of the worker, so the message is the
 * fact itself: the declared size in bytes (the import words it, i18n).
 */
export class WorkbookTooLargeError extends Error {
	constructor(unpacked: number) {
		super(String(unpacked));
		this.name = 'WorkbookTooLargeError';
	}
}

/** Also true for a WorkbookError thrown in the worker (comlink keeps the name, not the class). */
export const isWorkbookError = (e: unknown): e is Error =>
	e instanceof Error && e.name === 'WorkbookError';

/** The declared size in bytes of an archive refused as too large (in the worker or not), else null. */
export const workbookTooLarge = (e: unknown): number | null =>
	e instanceof Error && e.name === 'WorkbookTooLargeError' ? Number(e.message) : null;

/** Every sheet of an .xlsx file. Throws on anything that is not a readable workbook. */
export async function readWorkbook(bytes: Uint8Array): Promise<WorkbookSheet[]> {
	let unpacked = 0;
	unzipSync(bytes, {
		filter: (entry) => {
			unpacked += entry.originalSize;
			return false; // only the sizes: nothing is inflated here
		}
	});
	if (unpacked > MAX_UNPACKED_BYTES) throw new WorkbookTooLargeError(unpacked);
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
