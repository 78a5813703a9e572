/**
 * The fragment of the address as the page was opened. SvelteKit's router
 * reads it with `decodeURIComponent` to scroll to an anchor, which throws
 * "URI malformed" on a bad percent escape (`#s=%E0%A4%A`): a page error
 * before the share-link decoder ever sees it. `stashUnreadableHash` (from
 * hooks.client.ts, before the router starts) takes such a fragment out of
 * the address and keeps it here, so the decoder refuses it in Dutch.
 */
let stashed: string | null = null;

export function stashUnreadableHash(): void {
	const hash = location.hash;
	// The decoded text is used, so no minifier drops the call as free of effects.
	let decoded: string | null;
	try {
		decoded = decodeURIComponent(hash);
	} catch {
		decoded = null;
	}
	if (decoded !== null) return;
	stashed = hash;
	history.replaceState(history.state, '', location.pathname + location.search);
}

/** The fragment to read as a share link: the stashed one once, else the address's. */
export function takeHash(): string {
	const hash = stashed ?? location.hash;
	stashed = null;
	return hash;
}
