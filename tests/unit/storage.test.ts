/**
 * Scenario store (storage/scenarioStore.ts) in Node: there is no IndexedDB
 * here, which is itself the "unavailable" case. The store's own logic runs
 * against a small in-memory stand-in for idb's database (get, getAll, put,
 * delete, the upgrade callback), injected through `openDB`; the real
 * IndexedDB is exercised by the end-to-end tests in Chromium.
 */
import type { IDBPDatabase, OpenDBCallbacks } from 'idb';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { parseScenario } from '$lib/model/scenario';
import type { Scenario } from '$lib/model/types';
import {
	StorageUnavailableError,
	createWorkingSaver,
	openScenarioStore,
	type OpenDatabase,
	type ScenarioStore,
	type VerdeelwijzerDB,
	type RestoreResult,
	type WorkingState
} from '$lib/storage/scenarioStore';
import { bijlage5 } from './helpers';
import { issueText } from '$lib/i18n/issues';
import { problemText } from '$lib/i18n/problems';

function valid(input: unknown): Scenario {
	const parsed = parseScenario(input);
	if (!parsed.ok) throw new Error(parsed.issues.map((i) => issueText(i, 'nl')).join(' | '));
	return parsed.scenario;
}

const domError = (name: string) => new DOMException(`fake ${name}`, name);

/** An in-memory database with idb's shortcut methods; `failWith` makes every call throw. */
function fakeDatabase() {
	const stores = new Map<string, { keyPath?: string; data: Map<unknown, unknown> }>();
	const state = { failWith: null as string | null, closed: false, upgrades: 0 };
	const store = (name: string) => {
		if (state.failWith) throw domError(state.failWith);
		if (state.closed) throw domError('InvalidStateError');
		const s = stores.get(name);
		if (!s) throw domError('NotFoundError');
		return s;
	};
	const db = {
		createObjectStore(name: string, options?: { keyPath?: string }) {
			stores.set(name, { keyPath: options?.keyPath, data: new Map() });
		},
		async get(name: string, key: unknown) {
			const value = store(name).data.get(key);
			return value === undefined ? undefined : structuredClone(value);
		},
		async getAll(name: string) {
			return [...store(name).data.values()].map((v) => structuredClone(v));
		},
		async getAllKeys(name: string) {
			return [...store(name).data.keys()];
		},
		async put(name: string, value: Record<string, unknown>, key?: unknown) {
			const s = store(name);
			const k = s.keyPath ? value[s.keyPath] : key;
			if (k === undefined) throw domError('DataError');
			s.data.set(k, structuredClone(value));
			return k;
		},
		async delete(name: string, key: unknown) {
			store(name).data.delete(key);
		},
		/** One store, all or nothing: writes go to a copy that replaces the store when `done` is awaited. */
		transaction(name: string) {
			const s = store(name);
			const staged = new Map(s.data);
			let aborted = false;
			const op = <R>(work: () => R) => {
				if (state.failWith) return Promise.reject(domError(state.failWith));
				return Promise.resolve(work());
			};
			return {
				store: {
					get: (key: unknown) => op(() => structuredClone(staged.get(key))),
					put: (value: unknown, key: unknown) => op(() => staged.set(key, structuredClone(value))),
					delete: (key: unknown) => op(() => staged.delete(key))
				},
				abort() {
					aborted = true;
				},
				done: {
					then(resolve: () => void, reject: (e: unknown) => void) {
						if (aborted) return reject(domError('AbortError'));
						s.data = staged;
						resolve();
					},
					catch() {}
				}
			};
		},
		close() {
			state.closed = true;
		}
	};
	const open: OpenDatabase = async (_name, version, callbacks) => {
		if (stores.size === 0) {
			state.upgrades++;
			const upgrade = callbacks.upgrade as unknown as (db: unknown, old: number, v: number) => void;
			upgrade(db, 0, version);
		}
		state.closed = false;
		return db as unknown as IDBPDatabase<VerdeelwijzerDB>;
	};
	/** write a record as another app version (or a damaged profile) might have */
	const plant = (name: string, key: unknown, value: unknown) =>
		stores.get(name)!.data.set(key, value);
	return { open, stores, state, plant };
}

async function refusal(promise: Promise<unknown>): Promise<StorageUnavailableError> {
	try {
		await promise;
	} catch (error) {
		expect(error).toBeInstanceOf(StorageUnavailableError);
		return error as StorageUnavailableError;
	}
	throw new Error('expected a StorageUnavailableError, but it succeeded');
}

/** What the user reads about a storage failure, in Dutch. */
const said = (e: StorageUnavailableError) =>
	problemText({ kind: 'storageUnavailable', reason: e.reason }, 'nl');

/** The Dutch message of a restore that failed ('' when it did not fail). */
const refusedText = (r: RestoreResult | null) => (r && !r.ok ? problemText(r.problem, 'nl') : '');

const KEEPS_WORKING = 'De app werkt gewoon door; bewaar je scenario als bestand.';

describe('storage unavailable', () => {
	test('no IndexedDB (Node, like a browser without it): a Dutch StorageUnavailableError', async () => {
		expect(typeof indexedDB).toBe('undefined');
		const error = await refusal(openScenarioStore());
		expect(error.reason).toBe('unsupported');
		expect(said(error)).toContain('Opslaan in deze browser lukt niet');
		expect(said(error)).toContain(KEEPS_WORKING);
	});

	const opens: { what: string; open: OpenDatabase; reason: string; says: string }[] = [
		{
			what: 'open throws at once (SecurityError)',
			open: () => {
				throw domError('SecurityError');
			},
			reason: 'unsupported',
			says: 'privévenster'
		},
		{
			what: 'open rejects (InvalidStateError, an old private window)',
			open: async () => {
				throw domError('InvalidStateError');
			},
			reason: 'unsupported',
			says: 'privévenster'
		},
		{
			what: 'open rejects with QuotaExceededError',
			open: async () => {
				throw domError('QuotaExceededError');
			},
			reason: 'quota',
			says: 'geen ruimte meer'
		},
		{
			what: 'open is blocked by another tab',
			open: (_n, _v, callbacks: OpenDBCallbacks<VerdeelwijzerDB>) => {
				callbacks.blocked?.(0, 1, {} as IDBVersionChangeEvent);
				return new Promise(() => {});
			},
			reason: 'blocked',
			says: 'ander tabblad'
		},
		{
			what: 'open never answers',
			open: () => new Promise(() => {}),
			reason: 'unsupported',
			says: 'lukt niet'
		}
	];

	test.each(opens)('$what: StorageUnavailableError ($reason)', async ({ open, reason, says }) => {
		const error = await refusal(openScenarioStore('test', { openDB: open, timeoutMs: 20 }));
		expect(error.reason).toBe(reason);
		expect(said(error)).toContain(says);
		expect(said(error)).toContain('De app werkt gewoon door');
	});

	test('a database that opens after the time-out is closed again', async () => {
		const fake = fakeDatabase();
		let finish!: () => void;
		const late: OpenDatabase = (name, version, callbacks) =>
			new Promise((resolve) => (finish = () => resolve(fake.open(name, version, callbacks))));
		await refusal(openScenarioStore('test', { openDB: late, timeoutMs: 10 }));
		finish();
		await vi.waitFor(() => expect(fake.state.closed).toBe(true));
	});

	test('failing operations become StorageUnavailableError (quota, closed connection)', async () => {
		const fake = fakeDatabase();
		const store = await openScenarioStore('test', { openDB: fake.open });
		const s = valid(bijlage5());
		fake.state.failWith = 'QuotaExceededError';
		const quota = await refusal(store.save('Plan', s));
		expect(quota.reason).toBe('quota');
		expect(said(quota)).toContain('geen ruimte meer');
		expect(quota.cause).toBeInstanceOf(DOMException);
		expect((await refusal(store.saveWorking({ scenario: s }))).reason).toBe('quota');
		fake.state.failWith = 'InvalidStateError';
		for (const call of [
			store.list(),
			store.get('x'),
			store.rename('x', 'y'),
			store.duplicate('x'),
			store.remove('x'),
			store.loadWorking(),
			store.clearWorking()
		]) {
			const error = await refusal(call);
			expect(error.reason).toBe('failed');
			expect(said(error)).toBe(
				'Opslaan in deze browser lukt niet (privévenster of geen ruimte meer). De app werkt gewoon door; bewaar je scenario als bestand.'
			);
		}
	});
});

describe('saved scenarios', () => {
	let fake: ReturnType<typeof fakeDatabase>;
	let store: ScenarioStore;
	let clock: number;
	let ids: number;
	const s = valid(bijlage5());

	beforeEach(async () => {
		fake = fakeDatabase();
		clock = Date.UTC(2025, 0, 1);
		ids = 0;
		store = await openScenarioStore('test', {
			openDB: fake.open,
			now: () => new Date((clock += 60_000)),
			newId: () => `id-${++ids}`
		});
	});

	test('the schema: `saved` keyed by id, `working` with one record', async () => {
		expect(fake.state.upgrades).toBe(1);
		expect(fake.stores.get('saved')?.keyPath).toBe('id');
		expect(fake.stores.has('working')).toBe(true);
		await store.save('Plan', s);
		await store.saveWorking({ scenario: s });
		expect([...fake.stores.get('saved')!.data.keys()]).toEqual(['id-1']);
		expect([...fake.stores.get('working')!.data.keys()]).toEqual(['current']);
		const record = fake.stores.get('saved')!.data.get('id-1') as Record<string, unknown>;
		expect(Object.keys(record).sort()).toEqual(['id', 'name', 'savedAt', 'scenario']);
		expect(record.savedAt).toBe('2025-01-01T00:01:00.000Z');
	});

	test('save, then get gives the same scenario back', async () => {
		const saved = await store.save('  Plan   A ', s);
		expect(saved).toEqual({ id: 'id-1', name: 'Plan A', savedAt: expect.any(String), scenario: s });
		const got = await store.get('id-1');
		expect(got).toEqual({ ok: true, saved: { ...saved, scenario: s } });
		expect(await store.get('nope')).toBeNull();
	});

	test('unknown fields and markup in names survive as plain data', async () => {
		const markup = '<img src=x onerror=alert(1)>';
		const odd = bijlage5() as Scenario;
		odd.municipalities[0]!.name = markup;
		odd.notes = { nested: [1, { deep: true }] };
		const scenario = valid(odd);
		await store.save(markup, scenario);
		const got = await store.get('id-1');
		if (!got?.ok) throw new Error('expected the scenario back');
		expect(got.saved.name).toBe(markup);
		expect(got.saved.scenario).toEqual(scenario);
		expect(got.saved.scenario.municipalities[0]!.name).toBe(markup);
	});

	test('an empty name falls back to the scenario’s name', async () => {
		expect((await store.save('   ', s)).name).toBe('Bijlage 5 rekenvoorbeeld (Platform31)');
		expect((await store.save('', { ...s, name: '' })).name).toBe('Naamloos scenario');
	});

	test('list: newest first, whatever the order of the records', async () => {
		await store.save('Eerste', s);
		await store.save('Tweede', s);
		clock -= 3_600_000; // the third one was made an hour earlier (another tab, a clock change)
		await store.save('Oudste', s);
		const { scenarios, skipped } = await store.list();
		expect(scenarios.map((x) => x.name)).toEqual(['Tweede', 'Eerste', 'Oudste']);
		expect(skipped).toEqual([]);
		expect(scenarios[0]!.scenario).toEqual(s);
	});

	test('rename keeps the time and the scenario; an unknown id gives false', async () => {
		const saved = await store.save('Plan', s);
		expect(await store.rename(saved.id, 'Plan B')).toBe(true);
		expect(await store.get(saved.id)).toEqual({
			ok: true,
			saved: { ...saved, name: 'Plan B' }
		});
		expect(await store.rename(saved.id, '  ')).toBe(true); // empty: the name stays
		expect((await store.list()).scenarios[0]!.name).toBe('Plan B');
		expect(await store.rename('nope', 'X')).toBe(false);
	});

	test('duplicate: a new id, "(kopie)", then "(kopie 2)"; or a name of one’s own', async () => {
		const saved = await store.save('Plan', s);
		const copy = await store.duplicate(saved.id);
		expect(copy).toMatchObject({ id: 'id-2', name: 'Plan (kopie)', scenario: s });
		expect((await store.duplicate(saved.id))?.name).toBe('Plan (kopie 2)');
		expect((await store.duplicate(copy!.id))?.name).toBe('Plan (kopie 3)');
		expect((await store.duplicate(saved.id, 'Variant'))?.name).toBe('Variant');
		expect(await store.duplicate('nope')).toBeNull();
		const { scenarios } = await store.list();
		expect(scenarios.map((x) => x.name)).toEqual([
			'Variant',
			'Plan (kopie 3)',
			'Plan (kopie 2)',
			'Plan (kopie)',
			'Plan'
		]);
		for (const x of scenarios) expect(x.scenario).toEqual(s);
	});

	test('remove', async () => {
		const a = await store.save('A', s);
		await store.save('B', s);
		await store.remove(a.id);
		expect((await store.list()).scenarios.map((x) => x.name)).toEqual(['B']);
		expect(await store.get(a.id)).toBeNull();
		await store.remove('nope'); // nothing there: no error
	});

	test('records that no longer parse are skipped with a Dutch reason, the rest is listed', async () => {
		await store.save('Goed', s);
		fake.plant('saved', 'old', {
			id: 'old',
			name: 'Uit een oude versie',
			savedAt: '2024-01-01T00:00:00.000Z',
			scenario: { ...bijlage5(), format: 'iets-anders' }
		});
		fake.plant('saved', 'neg', {
			id: 'neg',
			name: 'Kapot',
			savedAt: '2024-01-01T00:00:00.000Z',
			scenario: { ...bijlage5(), horizonYears: -3, baseYear: 'x' }
		});
		fake.plant('saved', 7, 'geen object');
		fake.plant('saved', 'empty', { id: 'empty' });
		const { scenarios, skipped } = await store.list();
		expect(scenarios.map((x) => x.name)).toEqual(['Goed']);
		expect(skipped.map((x) => [x.id, x.name])).toEqual([
			['old', 'Uit een oude versie'],
			['neg', 'Kapot'],
			[null, 'Naamloos scenario'],
			['empty', 'Naamloos scenario']
		]);
		expect(problemText(skipped[0]!.problem, 'nl')).toMatch(
			/^Het opgeslagen scenario ‘Uit een oude versie’ kan niet meer worden geopend: .*geen Verdeelwijzer-scenario/
		);
		expect(problemText(skipped[1]!.problem, 'nl')).toContain('Daarnaast nog 1 ander probleem.');
		expect(problemText(skipped[2]!.problem, 'nl')).toContain('onvolledig');
		expect(problemText(skipped[3]!.problem, 'nl')).toContain('geen JSON-object');
		const old = await store.get('old');
		expect(old).toEqual({ ok: false, problem: skipped[0]!.problem });
		expect(await store.duplicate('old')).toBeNull();
		await store.remove('old');
		expect((await store.list()).skipped).toHaveLength(3);
	});
});

describe('working scenario', () => {
	let fake: ReturnType<typeof fakeDatabase>;
	let store: ScenarioStore;
	const baseline = valid(bijlage5());
	const edited = valid({ ...bijlage5(), key: { type: 'socialStock' } });

	beforeEach(async () => {
		fake = fakeDatabase();
		store = await openScenarioStore('test', { openDB: fake.open });
	});

	test('nothing kept: null', async () => {
		expect(await store.loadWorking()).toBeNull();
	});

	test('saved and restored: scenario, baseline, region label and year', async () => {
		const state: WorkingState = {
			scenario: edited,
			baseline,
			regionLabel: 'Regio <b>Noord</b>',
			year: 2030
		};
		await store.saveWorking(state);
		const restored = await store.loadWorking();
		expect(restored).toEqual({
			ok: true,
			working: state,
			savedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
			notices: []
		});
		await store.saveWorking({ scenario: baseline });
		const again = await store.loadWorking();
		expect(again).toMatchObject({ ok: true, working: { scenario: baseline } });
		expect(again?.ok && again.working).not.toHaveProperty('baseline');
		await store.clearWorking();
		expect(await store.loadWorking()).toBeNull();
	});

	test('a damaged working scenario: a Dutch message, nothing restored', async () => {
		fake.plant('working', 'current', { scenario: { ...bijlage5(), municipalities: [] } });
		const restored = await store.loadWorking();
		expect(refusedText(restored)).toMatch(
			/^Het scenario van de vorige keer kan niet worden hersteld: .*geen enkele gemeente/
		);
		fake.plant('working', 'current', 'rommel');
		expect(await store.loadWorking()).toEqual({
			ok: false,
			problem: { kind: 'workingIncomplete' }
		});
	});

	test('a failed write leaves the working copy before it in place', async () => {
		await store.saveWorking({ scenario: baseline });
		fake.state.failWith = 'QuotaExceededError';
		await refusal(store.saveWorking({ scenario: edited }));
		fake.state.failWith = null;
		expect(await store.loadWorking()).toMatchObject({ ok: true, working: { scenario: baseline } });
	});

	test('a working copy that cannot be read falls back to the one before it, with a notice', async () => {
		await store.saveWorking({ scenario: baseline });
		await store.saveWorking({ scenario: edited });
		expect(fake.stores.get('working')!.data.get('previous')).toMatchObject({
			scenario: { key: { type: 'inhabitants' } }
		});
		fake.plant('working', 'current', { scenario: { ...bijlage5(), demand: 'kapot' } });
		const restored = await store.loadWorking();
		expect(restored).toMatchObject({ ok: true, working: { scenario: baseline } });
		expect(restored?.ok && problemText(restored.notices[0]!, 'nl')).toMatch(
			/het exemplaar van de wijziging daarvoor/
		);
	});

	test('a stored working copy beyond a limit is refused on restore, naming the limit', async () => {
		const deep = '{"a":'.repeat(3000) + '1' + '}'.repeat(3000);
		fake.plant('working', 'current', {
			scenario: JSON.parse(JSON.stringify(bijlage5()).replace(/}$/, `,"x":${deep}}`))
		});
		// This stand-in, like a browser, may fail to read back so deep a record at all.
		expect(refusedText(await store.loadWorking())).toMatch(
			/meer dan 16 niveaus diep|kan niet worden gelezen/
		);
		fake.plant('working', 'current', {
			scenario: JSON.parse(
				JSON.stringify(bijlage5()).replace(
					/}$/,
					`,"x":${'{"a":'.repeat(50) + '1' + '}'.repeat(50)}}`
				)
			)
		});
		expect(refusedText(await store.loadWorking())).toContain('meer dan 16 niveaus diep');
		fake.plant('working', 'current', {
			scenario: { ...bijlage5(), demand: Array.from({ length: 100_000 }, () => ({})) }
		});
		expect(refusedText(await store.loadWorking())).toContain('100.000 vraaggroepen; hoogstens 50');
	});

	test('a damaged baseline or label: the scenario is restored, with a notice', async () => {
		fake.plant('working', 'current', {
			scenario: JSON.parse(JSON.stringify(edited)),
			baseline: { format: 'verdeelwijzer-scenario', version: 1 },
			regionLabel: 42,
			year: 'later',
			savedAt: '2025-05-01T12:00:00.000Z'
		});
		const restored = await store.loadWorking();
		expect(restored).toEqual({
			ok: true,
			working: { scenario: edited },
			savedAt: '2025-05-01T12:00:00.000Z',
			notices: [{ kind: 'baselineLost' }]
		});
		expect(restored?.ok && problemText(restored.notices[0]!, 'nl')).toContain(
			'kon niet worden hersteld'
		);
	});
});

describe('working copies of several tabs', () => {
	const scenario = (name: string) => valid({ ...bijlage5(), name });
	let clock = 0;
	const now = () => new Date(Date.UTC(2026, 0, 1, 0, 0, clock++));

	test('each tab restores its own copy; a new tab the most recent; old copies are dropped', async () => {
		const fake = fakeDatabase();
		const tab = (key: string) =>
			openScenarioStore('test', { openDB: fake.open, workingKey: key, now });
		const one = await tab('tabblad:1');
		const two = await tab('tabblad:2');
		await one.saveWorking({ scenario: scenario('een') });
		await two.saveWorking({ scenario: scenario('twee') });
		await one.saveWorking({ scenario: scenario('een, later') });
		await two.saveWorking({ scenario: scenario('twee, nog later') });
		expect(await one.loadWorking()).toMatchObject({
			working: { scenario: { name: 'een, later' } }
		});
		expect(await two.loadWorking()).toMatchObject({
			working: { scenario: { name: 'twee, nog later' } }
		});
		const fresh = await tab('tabblad:3');
		expect(await fresh.loadWorking()).toMatchObject({
			working: { scenario: { name: 'twee, nog later' } }
		});
		for (let k = 4; k < 20; k++)
			await (await tab(`tabblad:${k}`)).saveWorking({ scenario: scenario(`${k}`) });
		await (await tab('tabblad:nieuw')).loadWorking();
		expect([...fake.stores.get('working')!.data.keys()]).toHaveLength(10);
		expect(fake.stores.get('working')!.data.has('tabblad:19')).toBe(true);
		expect(fake.stores.get('working')!.data.has('tabblad:1')).toBe(false);
	});
});

describe('createWorkingSaver', () => {
	beforeEach(() => vi.useFakeTimers());
	afterEach(() => vi.useRealTimers());

	const a: WorkingState = { scenario: valid(bijlage5()) };
	const b: WorkingState = { scenario: valid({ ...bijlage5(), name: 'b' }) };
	const c: WorkingState = { scenario: valid({ ...bijlage5(), name: 'c' }) };

	function recorder(fail: () => string | null = () => null) {
		const written: WorkingState[] = [];
		return {
			written,
			async saveWorking(state: WorkingState) {
				const why = fail();
				if (why) throw why === 'storage' ? new StorageUnavailableError('quota') : domError(why);
				written.push(state);
			}
		};
	}

	test('edits in quick succession are written once, the latest, after the delay', async () => {
		const store = recorder();
		const saver = createWorkingSaver(store, 400);
		saver.schedule(a);
		saver.schedule(b);
		vi.advanceTimersByTime(399);
		expect(store.written).toEqual([]);
		saver.schedule(c);
		expect(saver.pending).toBe(true);
		vi.advanceTimersByTime(1);
		await saver.flush();
		expect(store.written).toEqual([c]);
		expect(saver.pending).toBe(false);
	});

	test('while editing goes on, it waits for a pause, but writes at least every maxWaitMs', async () => {
		const store = recorder();
		const saver = createWorkingSaver(store, 400, undefined, 2000);
		const states = Array.from({ length: 30 }, (_, i) => ({ scenario: a.scenario, year: 2026 + i }));
		for (const state of states) {
			saver.schedule(state);
			vi.advanceTimersByTime(100);
		}
		// Written at 2 s (the oldest unwritten state waited that long), then after the pause.
		expect(store.written).toEqual([states[19]]);
		await vi.runAllTimersAsync();
		expect(store.written).toEqual([states[19], states[29]]);
	});

	test('flush writes at once (pagehide); the same state is not written twice', async () => {
		const store = recorder();
		const saver = createWorkingSaver(store, 400);
		saver.schedule(a);
		await saver.flush();
		expect(store.written).toEqual([a]);
		saver.schedule({ ...a }); // a new object with the same parts
		await saver.flush();
		await saver.flush(); // nothing pending
		expect(store.written).toEqual([a]);
		vi.advanceTimersByTime(1000);
		expect(store.written).toEqual([a]);
	});

	test('cancel drops what is pending', async () => {
		const store = recorder();
		const saver = createWorkingSaver(store, 400);
		saver.schedule(a);
		saver.cancel();
		await vi.runAllTimersAsync();
		await saver.flush();
		expect(store.written).toEqual([]);
	});

	test('failures never throw: onError gets a StorageUnavailableError, the next save retries', async () => {
		let failure: string | null = 'QuotaExceededError';
		const store = recorder(() => failure);
		const errors: StorageUnavailableError[] = [];
		const saver = createWorkingSaver(store, 400, (e) => errors.push(e));
		saver.schedule(a);
		await expect(saver.flush()).resolves.toBeUndefined();
		expect(errors).toHaveLength(1);
		expect(errors[0]).toBeInstanceOf(StorageUnavailableError);
		expect(errors[0]!.reason).toBe('quota');
		failure = 'storage';
		saver.schedule(a);
		await vi.runAllTimersAsync();
		await saver.flush();
		expect(errors).toHaveLength(2);
		failure = null;
		saver.schedule(a); // the same state again: written now that it works
		await saver.flush();
		expect(store.written).toEqual([a]);
	});

	test('a throwing onError does not make saving throw', async () => {
		const saver = createWorkingSaver(
			recorder(() => 'UnknownError'),
			400,
			() => {
				throw new Error('handler broke');
			}
		);
		saver.schedule(a);
		await expect(saver.flush()).resolves.toBeUndefined();
		expect(() => saver.schedule(b)).not.toThrow();
		await expect(vi.runAllTimersAsync()).resolves.toBeDefined();
	});
});
