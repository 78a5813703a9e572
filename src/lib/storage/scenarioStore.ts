/**
 * Scenarios kept in this browser (IndexedDB, through `idb`).
 *
 * Two object stores: `saved` holds the scenarios saved under a name
 * (keyPath `id`; records `{id, name, savedAt, scenario}`), `working` one
 * record per browser tab (its `workingKey`; `current` when none is given):
 * the scenario on screen with its baseline,
 * region label and year, written continuously (`createWorkingSaver`) so the
 * app reopens where it was after a reload, a closed tab or a crash. Each
 * write moves the record it replaces to `previous` in the same transaction
 * (write-then-swap): a write that fails leaves both as they were, and a
 * `current` that can no longer be read falls back to `previous`, with a notice.
 *
 * Stored data is read as untrusted: every scenario read back goes through
 * `parseScenario`, and a record that no longer parses (an older or newer
 * app, a damaged profile) is skipped with its reason (facts) instead of
 * breaking the list. Every storage failure — no IndexedDB, a private
 * window, an open blocked by another tab, a full disk, a closed connection —
 * rejects with a `StorageUnavailableError` whose `reason` the UI words
 * (i18n/problems.ts), saying the app works on without it.
 */
import { openDB, type DBSchema, type IDBPDatabase, type OpenDBCallbacks } from 'idb';
import { parseScenario, serializeScenario, type ValidationIssue } from '$lib/model/scenario';
import type { Scenario } from '$lib/model/types';

export const DB_VERSION = 1;
const WORKING_KEY = 'current';
/** the working copy before the last write: the fallback when `current` cannot be read */
const PREVIOUS_KEY = 'previous';
const MAX_NAME_LENGTH = 200;
const UNNAMED = 'Naamloos scenario';

/** As stored; read back it is checked field by field, never trusted. */
interface SavedRecord {
	id: string;
	name: string;
	/** ISO 8601 */
	savedAt: string;
	scenario: unknown;
}

interface WorkingRecord {
	scenario: unknown;
	baseline?: unknown;
	regionLabel?: string;
	year?: number;
	savedAt: string;
}

export interface VerdeelwijzerDB extends DBSchema {
	saved: { key: string; value: SavedRecord };
	working: { key: string; value: WorkingRecord };
}

export interface SavedScenario {
	id: string;
	name: string;
	/** ISO 8601, when it was saved (a rename keeps it) */
	savedAt: string;
	scenario: Scenario;
}

/** A stored record that could not be read back. */
export interface SkippedRecord {
	/** its id, for `remove`; null when the record has none that can be used */
	id: string | null;
	name: string;
	/** why it cannot be read */
	problem: StoreProblem;
}

/** Why a stored scenario or working copy cannot be read back, as facts (i18n/problems.ts words them). */
export type StoreProblem =
	| { kind: 'savedIncomplete'; name: string }
	| { kind: 'savedInvalid'; name: string; issues: ValidationIssue[] }
	| { kind: 'workingIncomplete' }
	| { kind: 'workingInvalid'; issues: ValidationIssue[] }
	| { kind: 'workingUnreadable' };

/** What a restore could not bring back, though the scenario itself came back. */
export type StoreNotice = { kind: 'previousWorkingRestored' } | { kind: 'baselineLost' };

export interface SavedList {
	/** newest first */
	scenarios: SavedScenario[];
	skipped: SkippedRecord[];
}

/** What is needed to reopen the app where it was. */
export interface WorkingState {
	scenario: Scenario;
	/** what "reset" goes back to (the region or file as loaded) */
	baseline?: Scenario;
	/** the open region, as shown (e.g. "Woningmarktregio Groningen") */
	regionLabel?: string;
	/** the year shown */
	year?: number;
}

export type GetResult = { ok: true; saved: SavedScenario } | { ok: false; problem: StoreProblem };

export type RestoreResult =
	| {
			ok: true;
			working: WorkingState;
			/** ISO 8601, null when the record has no valid time */
			savedAt: string | null;
			/** parts that could not be restored (the scenario itself was) */
			notices: StoreNotice[];
	  }
	| { ok: false; problem: StoreProblem };

export interface ScenarioStore {
	/** Saved scenarios, newest first, and the records that no longer parse. */
	list(): Promise<SavedList>;
	/** null: no such id. */
	get(id: string): Promise<GetResult | null>;
	/** Save a copy under a new id; an empty name becomes the scenario's own name. */
	save(name: string, scenario: Scenario): Promise<SavedScenario>;
	/** false: no such id. The time it was saved stays. */
	rename(id: string, name: string): Promise<boolean>;
	/** Default name "… (kopie)" ("… (kopie 2)" when taken); null: no such id or it no longer parses. */
	duplicate(id: string, newName?: string): Promise<SavedScenario | null>;
	remove(id: string): Promise<void>;
	saveWorking(state: WorkingState): Promise<void>;
	/** null: nothing was kept. */
	loadWorking(): Promise<RestoreResult | null>;
	clearWorking(): Promise<void>;
	close(): void;
}

export type StorageFailure = 'unsupported' | 'blocked' | 'quota' | 'failed';

/** Storage cannot be used now; `reason` says why (i18n/problems.ts words it for the user). */
export class StorageUnavailableError extends Error {
	readonly reason: StorageFailure;

	constructor(reason: StorageFailure, cause?: unknown) {
		super(`storage ${reason}`, { cause });
		this.name = 'StorageUnavailableError';
		this.reason = reason;
	}
}

function toStorageError(error: unknown, fallback: StorageFailure): StorageUnavailableError {
	if (error instanceof StorageUnavailableError) return error;
	const name =
		typeof error === 'object' && error !== null ? (error as { name?: unknown }).name : undefined;
	if (name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED') {
		return new StorageUnavailableError('quota', error);
	}
	return new StorageUnavailableError(fallback, error);
}

/** The shape of idb's `openDB` (injectable for tests). */
export type OpenDatabase = (
	name: string,
	version: number,
	callbacks: OpenDBCallbacks<VerdeelwijzerDB>
) => Promise<IDBPDatabase<VerdeelwijzerDB>>;

export interface ScenarioStoreOptions {
	/** instead of idb's `openDB` on the global `indexedDB` */
	openDB?: OpenDatabase;
	/** give up opening after this long (some browsers never answer); default 8000 */
	timeoutMs?: number;
	/** the clock for `savedAt` */
	now?: () => Date;
	newId?: () => string;
	/**
	 * The key of this tab's working copy (each tab keeps its own). A tab
	 * without one yet restores the most recent working copy of any tab.
	 */
	workingKey?: string;
}

/** Working copies of other tabs kept besides the newest (older ones are dropped on open). */
const KEEP_WORKING_COPIES = 10;

const defaultOpen: OpenDatabase = (name, version, callbacks) => {
	// Reading the global can itself throw (a sandboxed frame, storage blocked).
	if (typeof indexedDB === 'undefined' || !indexedDB) {
		throw new StorageUnavailableError('unsupported');
	}
	return openDB<VerdeelwijzerDB>(name, version, callbacks);
};

/** Open (or create) the store; rejects with a StorageUnavailableError only. */
export function openScenarioStore(
	dbName = 'verdeelwijzer',
	options: ScenarioStoreOptions = {}
): Promise<ScenarioStore> {
	const open = options.openDB ?? defaultOpen;
	const timeoutMs = options.timeoutMs ?? 8000;
	return new Promise<IDBPDatabase<VerdeelwijzerDB>>((resolve, reject) => {
		let settled = false;
		let db: IDBPDatabase<VerdeelwijzerDB> | undefined;
		const fail = (error: unknown) => {
			if (settled) return;
			settled = true;
			clearTimeout(timer);
			reject(toStorageError(error, 'unsupported'));
		};
		const timer = setTimeout(() => fail(new StorageUnavailableError('unsupported')), timeoutMs);
		let opening: Promise<IDBPDatabase<VerdeelwijzerDB>>;
		try {
			opening = open(dbName, DB_VERSION, {
				upgrade(database, oldVersion) {
					if (oldVersion < 1) {
						database.createObjectStore('saved', { keyPath: 'id' });
						database.createObjectStore('working');
					}
				},
				blocked() {
					fail(new StorageUnavailableError('blocked'));
				},
				blocking() {
					// A newer version in another tab wants to upgrade: let it. Later calls
					// here then fail as StorageUnavailableError.
					db?.close();
				}
			});
		} catch (error) {
			fail(error);
			return;
		}
		Promise.resolve(opening).then(
			(opened) => {
				if (settled) {
					opened.close(); // too late: the app already goes on without storage
					return;
				}
				settled = true;
				clearTimeout(timer);
				db = opened;
				resolve(opened);
			},
			(error) => fail(error)
		);
	}).then((db) => createStore(db, options));
}

function createStore(
	db: IDBPDatabase<VerdeelwijzerDB>,
	options: ScenarioStoreOptions
): ScenarioStore {
	const now = options.now ?? (() => new Date());
	const newId = options.newId ?? randomId;
	const workingKey = options.workingKey ?? WORKING_KEY;

	/** Run a storage operation; anything it throws becomes a StorageUnavailableError. */
	async function guard<R>(operation: () => Promise<R>): Promise<R> {
		try {
			return await operation();
		} catch (error) {
			throw toStorageError(error, 'failed');
		}
	}

	async function readAll(): Promise<SavedList> {
		const records: unknown[] = await guard(() => db.getAll('saved'));
		const scenarios: SavedScenario[] = [];
		const skipped: SkippedRecord[] = [];
		for (const record of records) {
			const read = readSaved(record);
			if (read.ok) scenarios.push(read.saved);
			else skipped.push(read.skipped);
		}
		scenarios.sort(
			(a, b) =>
				(a.savedAt < b.savedAt ? 1 : a.savedAt > b.savedAt ? -1 : 0) ||
				a.name.localeCompare(b.name, 'nl')
		);
		return { scenarios, skipped };
	}

	async function put(name: string, scenario: Scenario): Promise<SavedScenario> {
		const saved: SavedScenario = {
			id: newId(),
			name: cleanName(name, cleanName(scenario.name, UNNAMED)),
			savedAt: now().toISOString(),
			scenario
		};
		await guard(() => db.put('saved', { ...saved, scenario: plain(scenario) }));
		return saved;
	}

	return {
		list: readAll,

		async get(id) {
			const record: unknown = await guard(() => db.get('saved', id));
			if (record === undefined) return null;
			const read = readSaved(record);
			return read.ok
				? { ok: true, saved: read.saved }
				: { ok: false, problem: read.skipped.problem };
		},

		save: put,

		async rename(id, name) {
			const record: unknown = await guard(() => db.get('saved', id));
			if (!isRecord(record)) return false;
			const old = typeof record.name === 'string' ? record.name : UNNAMED;
			const renamed = { ...record, id, name: cleanName(name, old) } as SavedRecord;
			await guard(() => db.put('saved', renamed));
			return true;
		},

		async duplicate(id, newName) {
			const record: unknown = await guard(() => db.get('saved', id));
			if (record === undefined) return null;
			const read = readSaved(record);
			if (!read.ok) return null;
			const source = read.saved;
			let name = newName === undefined ? '' : cleanName(newName, '');
			if (!name) {
				const { scenarios } = await readAll();
				name = copyName(source.name, new Set(scenarios.map((s) => s.name)));
			}
			return put(name, source.scenario);
		},

		async remove(id) {
			await guard(() => db.delete('saved', id));
		},

		async saveWorking(state) {
			const record: WorkingRecord = {
				scenario: plain(state.scenario),
				savedAt: now().toISOString()
			};
			if (state.baseline) record.baseline = plain(state.baseline);
			if (state.regionLabel !== undefined) record.regionLabel = state.regionLabel;
			if (state.year !== undefined) record.year = state.year;
			await guard(() => swapWorking(db, record, workingKey));
		},

		async loadWorking() {
			const current = await readWorkingRecord(db, workingKey);
			if (current === undefined) {
				// A tab without a copy of its own starts from the newest copy of any tab.
				const latest = await guard(() => newestWorking(db));
				return latest === undefined ? null : readWorking(latest);
			}
			const restored = 'error' in current ? null : readWorking(current.record);
			if (restored?.ok) return restored;
			// The last write cannot be read back: the copy before it, if that one can.
			const previous = await readWorkingRecord(db, previousKey(workingKey));
			const fallback =
				previous === undefined || 'error' in previous ? null : readWorking(previous.record);
			if (fallback?.ok) {
				fallback.notices.unshift({ kind: 'previousWorkingRestored' });
				return fallback;
			}
			if (restored) return restored;
			// One record the browser cannot read back (too deep, too large) is not a storage failure.
			const error = 'error' in current ? current.error : undefined;
			if (!isRecordError(error)) throw toStorageError(error, 'failed');
			return { ok: false, problem: { kind: 'workingUnreadable' } };
		},

		async clearWorking() {
			await guard(async () => {
				const tx = db.transaction('working', 'readwrite');
				await Promise.all([
					tx.store.delete(workingKey),
					tx.store.delete(previousKey(workingKey)),
					tx.done
				]);
			});
		},

		close() {
			db.close();
		}
	};
}

/**
 * The working copy written last by any tab (a fresh tab starts from it), and
 * the oldest copies beyond KEEP_WORKING_COPIES deleted: closed tabs leave theirs behind.
 */
async function newestWorking(db: IDBPDatabase<VerdeelwijzerDB>): Promise<unknown> {
	const keys = (await db.getAllKeys('working')).filter((k) => !isPreviousKey(String(k)));
	const records: unknown[] = await Promise.all(keys.map((k) => db.get('working', k)));
	const time = (r: unknown) => (isRecord(r) && typeof r.savedAt === 'string' ? r.savedAt : '');
	const order = keys
		.map((_, i) => i)
		.filter((i) => records[i] !== undefined)
		.sort((a, b) => time(records[b]).localeCompare(time(records[a])));
	const dropped = order.slice(KEEP_WORKING_COPIES).map((i) => String(keys[i]));
	await Promise.all(
		dropped.flatMap((k) => [db.delete('working', k), db.delete('working', previousKey(k))])
	);
	return order.length ? records[order[0]!] : undefined;
}

/** Where a tab's working copy before the last write is kept. */
const previousKey = (key: string) => (key === WORKING_KEY ? PREVIOUS_KEY : `${key}:vorige`);
const isPreviousKey = (key: string) => key === PREVIOUS_KEY || key.endsWith(':vorige');

/**
 * Write-then-swap in one transaction: the record now kept moves to
 * `previous`, the new one becomes `current`. Any failure (a record the
 * browser cannot clone, a full disk at commit) aborts the transaction, so
 * neither key is ever empty or half written.
 */
async function swapWorking(db: IDBPDatabase<VerdeelwijzerDB>, record: WorkingRecord, key: string) {
	const tx = db.transaction('working', 'readwrite');
	const done = tx.done;
	done.catch(() => {}); // awaited below; an abort must not surface twice
	try {
		const kept = await tx.store.get(key);
		await tx.store.put(record, key);
		if (kept !== undefined) await tx.store.put(kept, previousKey(key));
	} catch (error) {
		try {
			tx.abort();
		} catch {
			// already finished or aborted
		}
		throw error;
	}
	await done;
}

/** A working record as stored, or why it could not be read (a read error of one record). */
async function readWorkingRecord(
	db: IDBPDatabase<VerdeelwijzerDB>,
	key: string
): Promise<{ record: unknown } | { error: unknown } | undefined> {
	try {
		const record: unknown = await db.get('working', key);
		return record === undefined ? undefined : { record };
	} catch (error) {
		return { error };
	}
}

/** A failure of one record (it cannot be cloned or read back), not of the database. */
function isRecordError(error: unknown): boolean {
	if (!(error instanceof DOMException)) return error instanceof Error;
	return error.name === 'DataError' || error.name === 'DataCloneError';
}

/** The scenario as plain JSON data: what the file holds, and always cloneable. */
function plain(scenario: Scenario): unknown {
	return JSON.parse(serializeScenario(scenario));
}

function isRecord(x: unknown): x is Record<string, unknown> {
	return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function cleanName(name: unknown, fallback: string): string {
	const clean = typeof name === 'string' ? name.replace(/\s+/g, ' ').trim() : '';
	return clean.slice(0, MAX_NAME_LENGTH) || fallback;
}

function copyName(name: string, taken: Set<string>): string {
	const base = name.replace(/ \(kopie(?: \d+)?\)$/, '');
	let candidate = `${base} (kopie)`;
	for (let n = 2; taken.has(candidate); n++) candidate = `${base} (kopie ${n})`;
	return candidate;
}

type SavedRead = { ok: true; saved: SavedScenario } | { ok: false; skipped: SkippedRecord };

function readSaved(record: unknown): SavedRead {
	const r = isRecord(record) ? record : {};
	const id = typeof r.id === 'string' ? r.id : null;
	const name = cleanName(r.name, UNNAMED);
	const skip = (problem: StoreProblem): SavedRead => ({
		ok: false,
		skipped: { id, name, problem }
	});
	if (!isRecord(record) || id === null) return skip({ kind: 'savedIncomplete', name });
	const parsed = parseScenario(r.scenario);
	if (!parsed.ok) return skip({ kind: 'savedInvalid', name, issues: parsed.issues });
	const savedAt = typeof r.savedAt === 'string' ? r.savedAt : '';
	return { ok: true, saved: { id, name, savedAt, scenario: parsed.scenario } };
}

function readWorking(record: unknown): RestoreResult {
	if (!isRecord(record)) return { ok: false, problem: { kind: 'workingIncomplete' } };
	const parsed = parseScenario(record.scenario);
	if (!parsed.ok) return { ok: false, problem: { kind: 'workingInvalid', issues: parsed.issues } };
	const working: WorkingState = { scenario: parsed.scenario };
	const notices: StoreNotice[] = [];
	if (record.baseline !== undefined) {
		const baseline = parseScenario(record.baseline);
		if (baseline.ok) working.baseline = baseline.scenario;
		else {
			notices.push({ kind: 'baselineLost' });
		}
	}
	if (typeof record.regionLabel === 'string') {
		working.regionLabel = record.regionLabel.slice(0, MAX_NAME_LENGTH);
	}
	if (typeof record.year === 'number' && Number.isInteger(record.year)) {
		working.year = record.year;
	}
	const savedAt = typeof record.savedAt === 'string' ? record.savedAt : null;
	return { ok: true, working, savedAt, notices };
}

function randomId(): string {
	const c = globalThis.crypto;
	if (typeof c?.randomUUID === 'function') return c.randomUUID();
	if (typeof c?.getRandomValues === 'function') {
		return Array.from(c.getRandomValues(new Uint8Array(16)), (b) =>
			b.toString(16).padStart(2, '0')
		).join('');
	}
	return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}

/** Debounced writer of the working state; never throws, reports through `onError`. */
export interface WorkingSaver {
	/**
	 * Keep `state`; it is written once the edits pause for `delayMs`, and at least every
	 * `maxWaitMs` while they go on.
	 */
	schedule(state: WorkingState): void;
	/** Write what is pending now (pagehide, visibilitychange); resolves when written or failed. */
	flush(): Promise<void>;
	/** Drop what is pending. */
	cancel(): void;
	readonly pending: boolean;
}

// A write clones the whole scenario on the main thread (a few ms for the whole country):
// while a slider is held it would cost a frame now and then, so it waits for a pause.
export function createWorkingSaver(
	store: Pick<ScenarioStore, 'saveWorking'>,
	delayMs = 400,
	onError: (error: StorageUnavailableError) => void = () => {},
	maxWaitMs = 2000
): WorkingSaver {
	let pending: WorkingState | null = null;
	let timer: ReturnType<typeof setTimeout> | undefined;
	/** when the oldest unwritten state was scheduled */
	let since = 0;
	/** the last state handed to the store, to skip writing the same state twice */
	let written: WorkingState | null = null;
	const inFlight = new Set<Promise<void>>();

	const same = (a: WorkingState | null, b: WorkingState) =>
		a !== null &&
		a.scenario === b.scenario &&
		a.baseline === b.baseline &&
		a.regionLabel === b.regionLabel &&
		a.year === b.year;

	const report = (error: unknown) => {
		try {
			onError(toStorageError(error, 'failed'));
		} catch {
			// a failing handler must not make saving throw
		}
	};

	function write() {
		if (timer !== undefined) clearTimeout(timer);
		timer = undefined;
		const state = pending;
		pending = null;
		if (!state || same(written, state)) return;
		written = state;
		// Started right away (IndexedDB runs write transactions in the order they were made).
		const done = (async () => {
			try {
				await store.saveWorking(state);
			} catch (error) {
				if (written === state) written = null; // try again with the next schedule
				report(error);
			}
		})();
		inFlight.add(done);
		void done.finally(() => inFlight.delete(done));
	}

	return {
		schedule(state) {
			if (pending === null) since = Date.now();
			pending = state;
			if (timer !== undefined) clearTimeout(timer);
			timer = setTimeout(write, Math.max(0, Math.min(delayMs, since + maxWaitMs - Date.now())));
		},
		flush() {
			write();
			return Promise.all(inFlight).then(() => undefined);
		},
		cancel() {
			if (timer !== undefined) clearTimeout(timer);
			timer = undefined;
			pending = null;
		},
		get pending() {
			return pending !== null;
		}
	};
}
