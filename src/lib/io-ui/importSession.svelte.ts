/**
 * One import of municipality figures, from the chosen file to the applied
 * scenario: read and previewed against the scenario on screen, applied
 * through the workspace only when the file has no problems and the scenario
 * did not change meanwhile (else previewed again). The dialog around it is
 * the component's; everything it shows is here.
 */
import { i18n } from '$lib/i18n/i18n.svelte';
import { MAX_IMPORT_BYTES, previewImport, type ImportPreview } from '$lib/io';
import type { WorkbookReader } from '$lib/io/xlsxApi';
import type { Scenario } from '$lib/model';
import type { Workspace } from '$lib/state/workspace.svelte';

export class ImportSession {
	/** the file being previewed, and the scenario it was previewed against */
	file: { name: string; bytes: Uint8Array; against: Scenario } | null = $state.raw(null);
	preview: ImportPreview | null = $state.raw(null);
	readError = $state('');
	applyIssues: string[] = $state.raw([]);
	reading = $state(false);
	/** the outcome of the last import, for the status line */
	status = $state('');

	changed = $derived(this.preview ? this.preview.rows.filter((r) => r.changes.length) : []);
	listed = $derived(
		this.preview ? this.preview.rows.filter((r) => r.changes.length || r.problems.length) : []
	);
	changeCount = $derived(this.changed.reduce((n, r) => n + r.changes.length, 0));

	constructor(
		private readonly ws: Workspace,
		/** how an .xlsx file is unpacked and parsed (the app passes its XLSX worker) */
		private readonly reader?: WorkbookReader
	) {}

	/** Read and preview a chosen file (a file too large is refused unread). */
	async choose(chosen: File): Promise<void> {
		this.status = '';
		this.forget();
		if (chosen.size > MAX_IMPORT_BYTES) {
			this.readError = i18n.t('importTooBig', { size: mb(chosen.size), max: mb(MAX_IMPORT_BYTES) });
			this.file = { name: chosen.name, bytes: new Uint8Array(), against: this.ws.scenario };
			return;
		}
		this.reading = true;
		try {
			const bytes = new Uint8Array(await chosen.arrayBuffer());
			this.file = { name: chosen.name, bytes, against: this.ws.scenario };
			await this.read();
		} catch (e) {
			this.readError = i18n.t('importUnreadable', {
				reason: e instanceof Error ? e.message : String(e)
			});
		} finally {
			this.reading = false;
		}
	}

	/** Apply the previewed figures; true when applied (the dialog may close). */
	async apply(): Promise<boolean> {
		const { preview, file } = this;
		if (!preview?.ok || !file) return false;
		// The scenario changed meanwhile (e.g. from another window): preview again, apply nothing.
		if (file.against !== this.ws.scenario) {
			await this.read();
			return false;
		}
		const applied = preview.apply();
		const counts = { changes: this.changeCount, rows: this.changed.length };
		if (!this.ws.apply(() => applied, i18n.t('importTitle', { file: file.name }))) {
			this.applyIssues = this.ws.issues.map((i) => i18n.issue(i));
			return false;
		}
		this.forget();
		this.status = i18n.t('importApplied', counts);
		return true;
	}

	/** Drop the file and its preview (cancelled, closed or applied). */
	forget() {
		this.file = null;
		this.preview = null;
		this.readError = '';
		this.applyIssues = [];
	}

	private async read() {
		if (!this.file) return;
		const against = this.ws.scenario;
		this.preview = await previewImport(this.file.bytes, this.file.name, against, this.reader);
		this.file = { ...this.file, against };
	}
}

const mb = (bytes: number) => i18n.number(Math.round((bytes / 1024 / 1024) * 10) / 10, 1);
