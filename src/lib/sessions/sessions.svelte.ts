/**
 * The session around the scenario on screen: scenarios saved in this
 * browser, the working copy written continuously, share links and files.
 * Storage can be missing (private window, full disk): then `unavailable`
 * says so and everything else keeps working.
 */
import { createContext } from 'svelte';
import { i18n } from '$lib/i18n/i18n.svelte';
import { serializeScenario, type ParseResult } from '$lib/model';
import { readScenarioFile, scenarioFileTooLarge } from '$lib/io/scenarioFile';
import { decodeShareFragment, encodeShareFragment } from '$lib/storage/shareLink';
import {
	createWorkingSaver,
	openScenarioStore,
	StorageUnavailableError,
	type SavedScenario,
	type ScenarioStore,
	type WorkingSaver
} from '$lib/storage/scenarioStore';
import type { Workspace } from '$lib/state/workspace.svelte';
import { takeHash } from './addressHash';

const SAVED_CHANNEL = 'verdeelwijzer-bewaard';

export class Sessions {
	saved: SavedScenario[] = $state.raw([]);
	/** why saving in this browser does not work, or null */
	unavailable: string | null = $state(null);
	/** the outcome of the last action (shared link refused, file opened …) */
	message: string | null = $state(null);
	private store: ScenarioStore | null = null;
	private saver: WorkingSaver | null = null;
	/** tells the other tabs that the list of saved scenarios changed */
	private savedChannel: BroadcastChannel | null = null;

	/** `workingKey`: this tab's working copy; tabs share only the saved scenarios. */
	constructor(
		private readonly ws: Workspace,
		private readonly workingKey?: string
	) {}

	/**
	 * Open where the user was: a share link in the address first, else the
	 * working copy of the last visit, else the scenario already on screen.
	 */
	async start(): Promise<void> {
		const shared = this.openLink();

		try {
			this.store = await openScenarioStore(undefined, { workingKey: this.workingKey });
		} catch (e) {
			this.fail(e);
			return;
		}
		if (!shared?.ok) {
			const working = await this.store.loadWorking().catch((e) => this.fail(e));
			if (working?.ok) {
				this.ws.resume(working.working, working.notices);
			} else if (working) this.message = i18n.problem(working.problem);
		}
		this.saver = createWorkingSaver(this.store, 400, (e) => this.failedWrite(e));
		if (typeof BroadcastChannel !== 'undefined') {
			this.savedChannel = new BroadcastChannel(SAVED_CHANNEL);
			this.savedChannel.onmessage = () => void this.refresh().catch((e) => this.fail(e));
		}
		await this.refresh();
	}

	close(): void {
		this.savedChannel?.close();
		this.savedChannel = null;
	}

	/**
	 * Open the share link in the address, if there is one, and take it out of
	 * the address (it has been read). A refused link leaves the scenario as it was.
	 */
	openLink(): ReturnType<typeof decodeShareFragment> {
		const shared = decodeShareFragment(takeHash());
		if (!shared) return null;
		history.replaceState(null, '', location.pathname + location.search);
		if (shared.ok) {
			this.ws.open(shared.scenario, [], i18n.t('undoLinkOpened'));
			this.message = null;
		} else this.message = i18n.problem(shared.problem);
		return shared;
	}

	/** Write the working copy soon (called on every change). */
	keep(): void {
		this.saver?.schedule({
			scenario: this.ws.scenario,
			baseline: this.ws.baseline,
			year: this.ws.shownYear
		});
	}

	/** Write the working copy now (page hidden or closing). */
	flush(): Promise<void> {
		return this.saver?.flush() ?? Promise.resolve();
	}

	async save(name: string): Promise<void> {
		await this.act(async (store) => {
			const saved = await store.save(name, this.ws.scenario);
			this.message = i18n.t('sessionSaved', { name: saved.name });
		});
	}

	async openSaved(id: string): Promise<void> {
		await this.act(async (store) => {
			const got = await store.get(id);
			if (!got) return;
			if (!got.ok) {
				this.message = i18n.problem(got.problem);
				return;
			}
			this.ws.open(got.saved.scenario, [], i18n.t('undoSavedOpened', { name: got.saved.name }));
			this.message = i18n.t('sessionOpened', { name: got.saved.name });
		});
	}

	rename = (id: string, name: string) => this.act((s) => s.rename(id, name));
	duplicate = (id: string) => this.act((s) => s.duplicate(id));
	remove = (id: string) => this.act((s) => s.remove(id));

	/** The address that opens exactly this scenario (nothing leaves the browser). */
	shareLink(): string {
		return `${location.origin}${location.pathname}${encodeShareFragment(this.ws.scenario)}`;
	}

	/** A scenario file (format v1); unknown fields are kept. */
	fileText(): string {
		return serializeScenario(this.ws.scenario);
	}

	/** Open a scenario file: its size is checked before a byte of it is read. */
	async openFile(file: Pick<File, 'name' | 'size' | 'arrayBuffer'>): Promise<boolean> {
		const parsed =
			scenarioFileTooLarge(file.size) ?? readScenarioFile(new Uint8Array(await file.arrayBuffer()));
		return this.opened(parsed, file.name);
	}

	private opened(parsed: ParseResult, fileName: string): boolean {
		if (!parsed.ok) {
			const reasons = parsed.issues
				.slice(0, 3)
				.map((i) => i18n.issue(i))
				.join(' ');
			this.message = i18n.t('sessionFileRefused', { file: fileName, reasons });
			return false;
		}
		this.ws.open(parsed.scenario, [], i18n.t('undoFileOpened', { file: fileName }));
		this.message = i18n.t('sessionFileOpened', { file: fileName });
		return true;
	}

	private async act(work: (store: ScenarioStore) => Promise<unknown>): Promise<void> {
		if (!this.store) return;
		try {
			await work(this.store);
			this.savedChannel?.postMessage('changed');
			await this.refresh();
		} catch (e) {
			this.fail(e);
		}
	}

	private async refresh() {
		if (!this.store) return;
		const list = await this.store.list();
		this.saved = list.scenarios;
	}

	/**
	 * One write of the working copy failed (the transaction left the previous
	 * copy in place): say so, but storage as such still works.
	 */
	private failedWrite(e: StorageUnavailableError) {
		if (e.reason === 'unsupported' || e.reason === 'blocked') this.fail(e);
		else this.message = i18n.problem({ kind: 'lastWriteFailed' });
	}

	private fail(e: unknown): null {
		this.unavailable =
			e instanceof StorageUnavailableError
				? i18n.problem({ kind: 'storageUnavailable', reason: e.reason })
				: i18n.t('sessionStorageFailed');
		return null;
	}
}

export const [getSessions, setSessions] = createContext<Sessions>();
