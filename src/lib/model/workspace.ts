/**
 * The engine's working memory: flat Float64Array buffers for one region size
 * (municipalities × years), made once and reused by every run of that size,
 * so a run allocates only the result it hands out. A few sizes are kept (the
 * screen, its key comparison and a search alternate between regions); the
 * least recently used goes first. The engine is synchronous, so one run
 * owns a workspace from start to end; a run started inside another (never
 * done today) gets a fresh one.
 */
import { apportionScratch, type ApportionScratch } from './apportion';
import { boundsScratch, type BoundsScratch } from './bounds';
import { flatProjection, yearViews, type FlatProjection, type YearValues } from './projection';

export interface Workspace {
	n: number;
	horizon: number;
	/** t = 0..horizon, and each year as views */
	projection: FlatProjection;
	years: YearValues[];
	/** this year's shares of the three basic keys (valid for the year stamped in `basicYear`) */
	basic: [Float64Array, Float64Array, Float64Array];
	basicYear: Int32Array;
	basicOk: Uint8Array;
	uniform: Float64Array;
	today: Float64Array;
	target: Float64Array;
	fair: Float64Array;
	ownShares: Float64Array;
	path: Float64Array;
	statushouders: Float64Array;
	local: Float64Array;
	ownKey: Float64Array;
	hi: Float64Array;
	lo: Float64Array;
	urgents: Float64Array;
	ledger: Float64Array;
	cumulativeExact: Float64Array;
	todayRegular: Float64Array;
	/** year-major exact allocation x*(t), t = 1..horizon at (t − 1)·n, and each year as a view */
	exact: Float64Array;
	exactYears: Float64Array[];
	bounds: BoundsScratch;
	apportion: ApportionScratch;
	/** packed templates of length n: copies of them are the fastest plain arrays V8 makes */
	doubles: number[];
	flags: boolean[];
	inUse: boolean;
}

function createWorkspace(n: number, horizon: number): Workspace {
	const projection = flatProjection(n, horizon);
	const exact = new Float64Array(horizon * n);
	const buffer = () => new Float64Array(n);
	const doubles: number[] = [];
	const flags: boolean[] = [];
	for (let i = 0; i < n; i++) {
		doubles.push(0.5);
		flags.push(false);
	}
	return {
		n,
		horizon,
		projection,
		years: Array.from({ length: horizon + 1 }, (_, t) => yearViews(projection, n, t)),
		basic: [buffer(), buffer(), buffer()],
		basicYear: new Int32Array(3).fill(-1),
		basicOk: new Uint8Array(3),
		uniform: buffer().fill(1 / n),
		today: buffer(),
		target: buffer(),
		fair: buffer(),
		ownShares: buffer(),
		path: buffer(),
		statushouders: buffer(),
		local: buffer(),
		ownKey: buffer(),
		hi: buffer(),
		lo: buffer(),
		urgents: buffer(),
		ledger: buffer(),
		cumulativeExact: buffer(),
		todayRegular: buffer(),
		exact,
		exactYears: Array.from({ length: horizon }, (_, t) => exact.subarray(t * n, (t + 1) * n)),
		bounds: boundsScratch(n),
		apportion: apportionScratch(horizon, n),
		doubles,
		flags,
		inUse: false
	};
}

const KEEP = 4;
const kept = new Map<string, Workspace>();

/** The workspace for n municipalities over `horizon` years; hand it back with `release`. */
export function acquire(n: number, horizon: number): Workspace {
	const key = `${n}×${horizon}`;
	let ws = kept.get(key);
	if (ws?.inUse) return createWorkspace(n, horizon);
	if (ws) kept.delete(key);
	else ws = createWorkspace(n, horizon);
	kept.set(key, ws);
	if (kept.size > KEEP) kept.delete(kept.keys().next().value!);
	ws.inUse = true;
	return ws;
}

export function release(ws: Workspace): void {
	ws.inUse = false;
}

/** A plain array of n numbers to fill (packed doubles). */
export const doubles = (ws: Workspace): number[] => ws.doubles.slice();

/** A plain array of n flags to fill. */
export const flags = (ws: Workspace): boolean[] => ws.flags.slice();

/** A plain array with the same numbers. */
export function plainCopy(ws: Workspace, values: ArrayLike<number>): number[] {
	const out = ws.doubles.slice();
	for (let i = 0; i < out.length; i++) out[i] = values[i]!;
	return out;
}
