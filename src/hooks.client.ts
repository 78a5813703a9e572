import type { ClientInit } from '@sveltejs/kit';
import { stashUnreadableHash } from '$lib/sessions/addressHash';

// Before the router starts: it would throw on a fragment it cannot decode.
export const init: ClientInit = () => stashUnreadableHash();
