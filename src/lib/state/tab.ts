/**
 * Which browser tab this is. Each tab keeps its own working copy and undo
 * history; the id lives in sessionStorage, which survives a reload of the tab
 * but is not shared with other tabs. Without sessionStorage (a sandboxed
 * frame) the tab gets an id for this page load only.
 */
const KEY = 'verdeelwijzer-tabblad';

let fallback: string | null = null;

function newId(): string {
	const c = globalThis.crypto;
	return typeof c?.randomUUID === 'function'
		? c.randomUUID()
		: `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}

export function tabId(): string {
	try {
		let id = sessionStorage.getItem(KEY);
		if (!id) {
			id = newId();
			sessionStorage.setItem(KEY, id);
		}
		return id;
	} catch {
		return (fallback ??= newId());
	}
}

/** The key of this tab's working copy in the scenario store. */
export const workingKey = (id: string) => `tabblad:${id}`;
