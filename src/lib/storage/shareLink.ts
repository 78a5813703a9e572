/**
 * Share link: the whole scenario in the URL fragment, no server involved.
 *
 * `#s=<base64url of raw DEFLATE (level 9) of the scenario JSON>`. The JSON is
 * the document of `serializeScenario` without its indentation (the same
 * fields in the same order), so opening the link gives the same scenario
 * and hence the same results.
 *
 * A link is text from anyone: `decodeShareFragment` refuses it, saying why
 * (as facts, worded by i18n/problems.ts), unless every step holds — length, alphabet, DEFLATE data, size
 * after unpacking (streamed, so a decompression bomb is stopped at 5 MB),
 * UTF-8, JSON, nesting depth and finally `parseScenario` (whose first step
 * is the limits of model/limits.ts: region size, groups, unknown fields). It
 * never throws and never returns anything but a validated scenario; names in
 * it are plain strings, for the UI to show as text.
 */
import { Inflate, deflateSync } from 'fflate';
import { LIMITS } from '$lib/model/limits';
import { parseScenario, serializeScenario, type ValidationIssue } from '$lib/model/scenario';
import type { Scenario } from '$lib/model/types';

/** A fragment longer than this is refused before anything is decoded. */
export const MAX_FRAGMENT_LENGTH = LIMITS.linkLength;
/** Unpacking stops as soon as the JSON text grows beyond this many bytes: a scenario file's limit. */
export const MAX_UNPACKED_BYTES = LIMITS.fileBytes;
/** A scenario nests five levels deep, a kept unknown field 16 more; anything far deeper is not one. */
export const MAX_JSON_DEPTH = 64;
/** Input bytes per push into the inflater: one push unpacks to ~1 MB at most. */
const INFLATE_CHUNK = 1024;

/** Why a link was refused; the scenario on screen stays. */
export type LinkProblem =
	| { kind: 'linkUnreadable' }
	| { kind: 'linkDamaged' }
	| { kind: 'linkTooLong'; length: number; max: number }
	| { kind: 'linkEmpty' }
	| { kind: 'linkUnpacksTooLarge'; max: number }
	| { kind: 'linkNotText' }
	| { kind: 'linkNotJson' }
	| { kind: 'linkTooDeep' }
	| { kind: 'linkInvalid'; issues: ValidationIssue[] };

export type ShareDecodeResult =
	{ ok: true; scenario: Scenario } | { ok: false; problem: LinkProblem };

/** The fragment (with `#`) that opens `scenario`; compare its length with MAX_FRAGMENT_LENGTH. */
export function encodeShareFragment(scenario: Scenario): string {
	const json = JSON.stringify(JSON.parse(serializeScenario(scenario)));
	const packed = deflateSync(new TextEncoder().encode(json), { level: 9 });
	return `#s=${toBase64Url(packed)}`;
}

/** True when the link to this fragment would be refused for its length. */
export function isFragmentTooLong(fragment: string): boolean {
	return fragment.length > MAX_FRAGMENT_LENGTH;
}

/**
 * Read a fragment (`location.hash`, with or without `#`). null: it holds no
 * `s=` (not a share link); otherwise the scenario or why it was refused.
 */
export function decodeShareFragment(hash: string): ShareDecodeResult | null {
	try {
		return decode(hash);
	} catch {
		// Every step below catches its own failures; this is the last guard of "never throws".
		return refuse({ kind: 'linkUnreadable' });
	}
}

const refuse = (problem: LinkProblem): ShareDecodeResult => ({ ok: false, problem });

const DAMAGED: LinkProblem = { kind: 'linkDamaged' };

function decode(hash: string): ShareDecodeResult | null {
	if (typeof hash !== 'string') return null;
	const body = hash.startsWith('#') ? hash.slice(1) : hash;
	if (!/(?:^|&)s=/.test(body)) return null;
	if (hash.length > MAX_FRAGMENT_LENGTH) {
		return refuse({ kind: 'linkTooLong', length: hash.length, max: MAX_FRAGMENT_LENGTH });
	}
	let value = body
		.split('&')
		.find((part) => part.startsWith('s='))!
		.slice(2);
	if (value.includes('%')) {
		// A mail program may have percent-encoded the padding.
		try {
			value = decodeURIComponent(value);
		} catch {
			return refuse(DAMAGED);
		}
	}
	if (value === '') return refuse({ kind: 'linkEmpty' });

	const packed = fromBase64Url(value);
	if (!packed) return refuse(DAMAGED);

	const unpacked = inflateLimited(packed, MAX_UNPACKED_BYTES);
	if (unpacked === 'tooLarge') {
		return refuse({ kind: 'linkUnpacksTooLarge', max: MAX_UNPACKED_BYTES });
	}
	if (unpacked === 'corrupt') return refuse(DAMAGED);

	let text: string;
	try {
		text = new TextDecoder('utf-8', { fatal: true }).decode(unpacked);
	} catch {
		return refuse({ kind: 'linkNotText' });
	}
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch {
		return refuse({ kind: 'linkNotJson' });
	}
	if (tooDeep(json, MAX_JSON_DEPTH)) {
		return refuse({ kind: 'linkTooDeep' });
	}
	const parsed = parseScenario(json);
	if (parsed.ok) return { ok: true, scenario: parsed.scenario };
	return refuse({ kind: 'linkInvalid', issues: parsed.issues });
}

/** Iterative, so a hostile nesting cannot overflow the stack here (or later, when saving). */
function tooDeep(root: unknown, limit: number): boolean {
	const stack: [unknown, number][] = [[root, 0]];
	while (stack.length) {
		const [value, depth] = stack.pop()!;
		if (typeof value !== 'object' || value === null) continue;
		if (depth >= limit) return true;
		for (const child of Object.values(value)) {
			if (typeof child === 'object' && child !== null) stack.push([child, depth + 1]);
		}
	}
	return false;
}

/** Streamed inflate that stops once the output passes `limit` bytes. */
function inflateLimited(data: Uint8Array, limit: number): Uint8Array | 'tooLarge' | 'corrupt' {
	const parts: Uint8Array[] = [];
	let size = 0;
	let over = false;
	const inflater = new Inflate((chunk) => {
		size += chunk.length;
		if (size > limit) over = true;
		else parts.push(chunk);
	});
	try {
		for (let at = 0; at < data.length && !over; at += INFLATE_CHUNK) {
			inflater.push(data.subarray(at, at + INFLATE_CHUNK), at + INFLATE_CHUNK >= data.length);
		}
	} catch {
		return over ? 'tooLarge' : 'corrupt';
	}
	if (over) return 'tooLarge';
	const out = new Uint8Array(size);
	let at = 0;
	for (const part of parts) {
		out.set(part, at);
		at += part.length;
	}
	return out;
}

function toBase64Url(bytes: Uint8Array): string {
	let binary = '';
	for (let at = 0; at < bytes.length; at += 0x8000) {
		binary += String.fromCharCode(...bytes.subarray(at, at + 0x8000));
	}
	return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Strict base64url (padding tolerated); null for anything else. */
function fromBase64Url(text: string): Uint8Array | null {
	if (!/^[A-Za-z0-9_-]*={0,2}$/.test(text)) return null;
	const bare = text.replace(/=+$/, '');
	if (bare.length % 4 === 1) return null;
	const padded =
		bare.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (bare.length % 4)) % 4);
	let binary: string;
	try {
		binary = atob(padded);
	} catch {
		return null;
	}
	const bytes = new Uint8Array(binary.length);
	for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
	return bytes;
}
