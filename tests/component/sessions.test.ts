/**
 * The session around the workspace (sessions/sessions.svelte.ts) in jsdom,
 * which has no IndexedDB: the "storage unavailable" case. Saving in the
 * browser itself is covered by the end-to-end tests in Chromium.
 */
import { afterEach, describe, expect, test } from 'vitest';
import { i18n } from '$lib/i18n/i18n.svelte';
import { serializeScenario } from '$lib/model';
import { Sessions } from '$lib/sessions/sessions.svelte';
import { setKeyType } from '$lib/state/edits';
import { Workspace } from '$lib/state/workspace.svelte';
import { encodeShareFragment } from '$lib/storage/shareLink';
import { bijlage5Scenario } from './fixtures';

const start = bijlage5Scenario();
afterEach(() => {
	i18n.lang = 'nl';
	history.replaceState(null, '', '/');
});

/** A chosen file as the session reads it: name, size and bytes. */
function fileOf(text: string, name: string) {
	const bytes = new TextEncoder().encode(text);
	return { name, size: bytes.length, arrayBuffer: async () => bytes.buffer as ArrayBuffer };
}

describe('Sessions', () => {
	test('a scenario file opens through the workspace, as one undo step', async () => {
		const ws = new Workspace(start);
		const sessions = new Sessions(ws);
		const other = setKeyType(start, 'socialStock');
		expect(await sessions.openFile(fileOf(serializeScenario(other), 'ander.json'))).toBe(true);
		expect(ws.scenario.key).toEqual({ type: 'socialStock' });
		expect(sessions.message).toBe('ander.json geopend.');
		expect(ws.undoLabel).toBe('Bestand geopend: ander.json');
		ws.undo();
		expect(ws.scenario).toBe(start);
	});

	test('a broken file changes nothing and says why, in the UI’s language', async () => {
		const ws = new Workspace(start);
		const sessions = new Sessions(ws);
		i18n.lang = 'en';
		expect(await sessions.openFile(fileOf('{"format": "iets anders"}', 'kapot.json'))).toBe(false);
		expect(ws.scenario).toBe(start);
		expect(sessions.message).toMatch(
			/^kapot\.json was not opened: .+ The scenario that was open stays open\.$/
		);
	});

	test('a share link in the address opens and leaves the address', () => {
		const ws = new Workspace(start);
		const sessions = new Sessions(ws);
		const shared = setKeyType(start, 'available');
		history.replaceState(null, '', `/${encodeShareFragment(shared)}`);
		expect(sessions.openLink()?.ok).toBe(true);
		expect(ws.scenario.key).toEqual({ type: 'available' });
		expect(location.hash).toBe('');
		expect(sessions.shareLink()).toContain(encodeShareFragment(ws.scenario));
	});

	test('without storage the app says so and the scenario on screen stays', async () => {
		const ws = new Workspace(start);
		const sessions = new Sessions(ws);
		await sessions.start();
		expect(sessions.unavailable).toBeTruthy();
		expect(ws.scenario).toBe(start);
		expect(sessions.saved).toEqual([]);
	});
});
