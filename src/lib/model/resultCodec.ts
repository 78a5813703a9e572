/**
 * A result packed into flat typed arrays, so that it crosses the worker boundary by
 * transfer (moving two buffers) instead of a structured clone of thousands of small
 * arrays and objects. `numbers` holds every number of the result in one fixed order,
 * `flags` every boolean; only the strings (codes, names) and the few warnings travel as
 * they are, in the header.
 *
 * Every array is written with its length first, so the layout needs no sizes from
 * outside. A nullable number travels as NaN: the engine writes null, never NaN, where a
 * figure does not exist (no NaN ever reaches a chart), so NaN is free as that marker.
 * One function (`encode`) describes the layout for both directions: a counting pass sizes
 * the buffers, a writing pass fills them and the reading pass walks the same order.
 */
import type { KeyComparison, KeyOutcome } from './compare';
import type { SpreadingFigures } from './spreading';
import {
	BASIC_KEYS,
	type ModelWarning,
	type Percentiles,
	type SimulationResult,
	type UncertaintyResult,
	type YearResult
} from './types';

export interface PackedHeader {
	codes: string[];
	names: string[];
	warnings: ModelWarning[];
}

/** What crosses the boundary: a small header and two buffers to transfer. */
export interface PackedResult {
	header: PackedHeader;
	numbers: Float64Array;
	flags: Uint8Array;
}

/** The two directions of one layout: `encode` below calls these in a fixed order. */
interface Channel {
	num(x: number): number;
	flag(b: boolean): boolean;
	nums(a: readonly number[]): number[];
	nullable(a: readonly (number | null)[]): (number | null)[];
	flags(a: readonly boolean[]): boolean[];
}

// The fields of a year, by kind. The check below fails to compile when YearResult gains a
// field that none of the lists carries.
const YEAR_NUMBERS = ['year', 'demand', 'overCapCount', 'spreadingIndex', 'unplaced'] as const;
const YEAR_ARRAYS = [
	'targetShares',
	'pathShares',
	'exact',
	'households',
	'fairShare',
	'deviation',
	'relettings',
	'nonDistributable',
	'statushouders',
	'regularRelettings',
	'regularChange',
	'ledger',
	'compensation',
	'inhabitants'
] as const;
const YEAR_FLAGS = ['overCap', 'heldByCap'] as const;
type Carried =
	| (typeof YEAR_NUMBERS)[number]
	| (typeof YEAR_ARRAYS)[number]
	| (typeof YEAR_FLAGS)[number]
	| 'priorityShare'
	| 'capBinds';
const everyYearFieldCarried: Exclude<keyof YearResult, Carried> extends never ? true : never = true;
void everyYearFieldCarried;

/** A list of items: its length, then each item through `item` (which reads when `a` is null). */
function list<T>(c: Channel, a: readonly T[] | null, item: (x: T | null) => T): T[] {
	const n = c.num(a ? a.length : 0);
	const out: T[] = [];
	for (let i = 0; i < n; i++) out.push(item(a ? a[i]! : null));
	return out;
}

/** Present or null: a flag, then the value. */
function optional<T>(c: Channel, x: T | null | undefined, item: (x: T | null) => T): T | null {
	return c.flag(x != null) ? item(x ?? null) : null;
}

const matrix = (c: Channel, m: readonly number[][] | null) =>
	list(c, m, (row) => c.nums(row ?? []));
const nullableMatrix = (c: Channel, m: readonly (number | null)[][] | null) =>
	list(c, m, (row) => c.nullable(row ?? []));

function year(c: Channel, y: YearResult | null): YearResult {
	const out = {} as Record<string, unknown>;
	for (const k of YEAR_NUMBERS) out[k] = c.num(y ? y[k] : 0);
	for (const k of YEAR_ARRAYS) out[k] = c.nums(y ? y[k] : []);
	for (const k of YEAR_FLAGS) out[k] = c.flags(y ? y[k] : []);
	out.priorityShare = c.nullable(y ? y.priorityShare : []);
	out.capBinds = c.flag(y ? y.capBinds : false);
	return out as unknown as YearResult;
}

function figures(c: Channel, f: SpreadingFigures | null): SpreadingFigures {
	const perThousandInhabitants = c.nullable(f?.perThousandInhabitants ?? []);
	const perHundredSocial = c.nullable(f?.perHundredSocial ?? []);
	const [a, b] = c.nullable(
		f ? [f.average.perThousandInhabitants, f.average.perHundredSocial] : []
	);
	return {
		perThousandInhabitants,
		perHundredSocial,
		average: { perThousandInhabitants: a ?? null, perHundredSocial: b ?? null }
	};
}

function percentiles(c: Channel, p: Percentiles | null): Percentiles {
	return {
		households: matrix(c, p?.households ?? null),
		priorityShare: nullableMatrix(c, p?.priorityShare ?? null)
	};
}

function uncertainty(c: Channel, u: UncertaintyResult | null): UncertaintyResult {
	return {
		runs: c.num(u?.runs ?? 0),
		seed: c.num(u?.seed ?? 0),
		p10: percentiles(c, u?.p10 ?? null),
		p50: percentiles(c, u?.p50 ?? null),
		p90: percentiles(c, u?.p90 ?? null),
		meanHouseholds: matrix(c, u?.meanHouseholds ?? null),
		capBinds: c.flag(u?.capBinds ?? false),
		pOverCap: matrix(c, u?.pOverCap ?? null)
	};
}

/** Everything of the result but the header's strings and warnings. */
function result(c: Channel, r: SimulationResult | null, header: PackedHeader): SimulationResult {
	const years = c.nums(r?.years ?? []);
	const keys = {} as SimulationResult['keys'];
	for (const k of BASIC_KEYS) keys[k] = c.nums(r?.keys[k] ?? []);
	return {
		years,
		codes: header.codes,
		names: header.names,
		keys,
		currentShares: optional(c, r?.currentShares, (a) => c.nums(a ?? [])),
		vulnerableShares: optional(c, r?.vulnerableShares, (a) => c.nums(a ?? [])),
		vulnerableConcentration: {
			base: c.nullable(r?.vulnerableConcentration.base ?? []),
			horizon: c.nullable(r?.vulnerableConcentration.horizon ?? [])
		},
		byYear: list(c, r?.byYear ?? null, (y) => year(c, y)),
		spreading: {
			byYear: list(c, r?.spreading.byYear ?? null, (f) => figures(c, f)),
			today: optional(c, r?.spreading.today, (f) => figures(c, f))
		},
		ledger: c.nums(r?.ledger ?? []),
		compensation: c.nums(r?.compensation ?? []),
		warnings: header.warnings,
		uncertainty: optional(c, r?.uncertainty, (u) => uncertainty(c, u))
	};
}

function keyOutcome(c: Channel, k: KeyOutcome | null): KeyOutcome {
	return {
		households: matrix(c, k?.households ?? null),
		spreadingIndex: c.nums(k?.spreadingIndex ?? []),
		unplaced: c.nums(k?.unplaced ?? []),
		overCapCount: c.nums(k?.overCapCount ?? [])
	};
}

function comparison(c: Channel, k: KeyComparison | null): KeyComparison {
	const out = {} as KeyComparison;
	for (const type of BASIC_KEYS) out[type] = keyOutcome(c, k ? k[type] : null);
	return out;
}

/** The layout of what crosses: the result, then (when given) the key comparison. */
function encode(c: Channel, r: SimulationResult | null, k: KeyComparison | null, h: PackedHeader) {
	const res = result(c, r, h);
	return { result: res, comparison: optional(c, k, (x) => comparison(c, x)) };
}

/** Sizes the buffers: counts what a writer would write. */
function counter() {
	const size = { numbers: 0, flags: 0 };
	const channel: Channel = {
		num: (x) => (size.numbers++, x),
		flag: (b) => (size.flags++, b),
		nums: (a) => ((size.numbers += a.length + 1), []),
		nullable: (a) => ((size.numbers += a.length + 1), []),
		flags: (a) => ((size.flags += a.length), size.numbers++, [])
	};
	return { size, channel };
}

function writer(numbers: Float64Array, flags: Uint8Array): Channel {
	let n = 0;
	let f = 0;
	return {
		num: (x) => (numbers[n++] = x),
		flag: (b) => ((flags[f++] = b ? 1 : 0), b),
		nums(a) {
			numbers[n++] = a.length;
			for (let i = 0; i < a.length; i++) numbers[n++] = a[i]!;
			return [];
		},
		nullable(a) {
			numbers[n++] = a.length;
			for (let i = 0; i < a.length; i++) numbers[n++] = a[i] ?? NaN;
			return [];
		},
		flags(a) {
			numbers[n++] = a.length;
			for (let i = 0; i < a.length; i++) flags[f++] = a[i] ? 1 : 0;
			return [];
		}
	};
}

function reader(numbers: Float64Array, flags: Uint8Array): Channel {
	let n = 0;
	let f = 0;
	const length = () => numbers[n++]!;
	return {
		num: () => numbers[n++]!,
		flag: () => flags[f++] === 1,
		nums() {
			const out = new Array<number>(length());
			for (let i = 0; i < out.length; i++) out[i] = numbers[n++]!;
			return out;
		},
		nullable() {
			const out = new Array<number | null>(length());
			for (let i = 0; i < out.length; i++) {
				const x = numbers[n++]!;
				out[i] = Number.isNaN(x) ? null : x;
			}
			return out;
		},
		flags() {
			const out = new Array<boolean>(length());
			for (let i = 0; i < out.length; i++) out[i] = flags[f++] === 1;
			return out;
		}
	};
}

/** Packs a result (and the key comparison shown with it) into a header and two buffers. */
export function packResult(r: SimulationResult, k: KeyComparison | null = null): PackedResult {
	const header: PackedHeader = { codes: r.codes, names: r.names, warnings: r.warnings };
	const { size, channel } = counter();
	encode(channel, r, k, header);
	const numbers = new Float64Array(size.numbers);
	const flags = new Uint8Array(size.flags);
	encode(writer(numbers, flags), r, k, header);
	return { header, numbers, flags };
}

/** The result and comparison again, as plain arrays and objects. */
export function unpackResult(p: PackedResult): {
	result: SimulationResult;
	comparison: KeyComparison | null;
} {
	return encode(reader(p.numbers, p.flags), null, null, p.header);
}

/** The buffers to move rather than copy. */
export function packedTransferables(p: PackedResult): ArrayBuffer[] {
	return [p.numbers.buffer as ArrayBuffer, p.flags.buffer as ArrayBuffer];
}
