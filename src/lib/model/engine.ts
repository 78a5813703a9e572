/**
 * The allocation engine: one validated scenario in, every figure of the
 * result out (model.md §1–6, 8). Pure and deterministic: no DOM, no clock,
 * no randomness. Units: households per year, shares and rates as fractions.
 *
 * Per year t = 1..T:
 *   1. project the region to year t (projection.ts);
 *   2. place statushouders by inhabitants and local (non-distributable)
 *      groups by today's urgents, else by inhabitants;
 *   3. place own-key groups by their key;
 *   4. place the rest N(t) on the growth path q(t) within the bounds
 *      (cap room after what the cap counts of steps 2–3, maxPerYear; floor on
 *      fair share, minPerYear) — water-filling;
 *   5. fair share, ledger, pressure on regular home seekers, spreading index.
 * Then, over the whole horizon at once, whole households (apportion.ts).
 *
 * Speed: a run works in flat Float64Array buffers kept per region size
 * (workspace.ts) and allocates only the plain arrays of the result it hands
 * out, copied from packed templates; the figures are computed with the same
 * operations in the same order as the reference formulas, so they are
 * bit-identical to them (tests/unit/engine-golden.test.ts).
 */
import { wholeHouseholdsFlat } from './apportion';
import { allocateInto } from './bounds';
import { demandRole, groupDemand } from './demand';
import { pathProgress, pathShares } from './growthPath';
import { balancedCompensation, spreadingIndex } from './indicators';
import { compositeInto, sharesInto, sharesOf } from './keys';
import { projectInto } from './projection';
import { spreadingFigures, spreadingToday, type SpreadingFigures } from './spreading';
import {
	BASIC_KEYS,
	type BasicKeyType,
	type CapCounts,
	type KeySpec,
	type ModelWarning,
	type Scenario,
	type SimulationResult,
	type YearResult
} from './types';
import { acquire, doubles, flags, plainCopy, release, type Workspace } from './workspace';

// A share above the cap by less than this is rounding noise, not a breach.
const TOLERANCE = 1e-9;
// A share within this of the cap has reached it (the allocation stops at the cap exactly).
const CAP_REACHED = 1e-6;

/** Random draws for one uncertainty run (uncertainty.ts); none: the deterministic result. */
export interface Draws {
	/** households of group g in year t, given its mean */
	demand(g: number, t: number, mean: number): number;
	/** added to municipality i's mutation rate in year t */
	mutationRate(i: number, t: number): number;
}

const BASIC_INDEX: Record<BasicKeyType, 0 | 1 | 2> = {
	inhabitants: 0,
	socialStock: 1,
	available: 2
};

export function simulate(scenario: Scenario, draws?: Draws): SimulationResult {
	const ws = acquire(scenario.municipalities.length, scenario.horizonYears);
	try {
		return run(scenario, draws, ws);
	} finally {
		release(ws);
	}
}

/**
 * One run in the workspace's buffers. Every figure is computed with the same operations in the
 * same order as the reference formulas (keys.ts, bounds.ts, indicators.ts), so the results are
 * bit-identical to them; only the result's plain arrays are new.
 */
function run(scenario: Scenario, draws: Draws | undefined, ws: Workspace): SimulationResult {
	const munis = scenario.municipalities;
	const n = munis.length;
	const horizon = scenario.horizonYears;
	const codes = munis.map((m) => m.code);
	const names = munis.map((m) => m.name);
	projectInto(munis, horizon, ws.projection, draws?.mutationRate);
	const base = ws.years[0]!;
	const warnings: ModelWarning[] = [];

	const hasCurrent = munis.some((m) => m.currentUrgents !== undefined);
	for (let i = 0; i < n; i++) ws.urgents[i] = munis[i]!.currentUrgents ?? 0;
	const today = hasCurrent && sharesInto(ws.urgents, ws.today) ? ws.today : null;
	const cap = scenario.bounds.capShare;
	const capCounts: CapCounts = scenario.bounds.capCounts ?? 'priority';
	const floorShare = scenario.bounds.floorShare;
	const price = scenario.compensation.pricePerHousehold;
	const maxima = munis.map((m) => m.maxPerYear);
	const minima = munis.map((m) => m.minPerYear);
	const hasMax = maxima.some((x) => x !== undefined);
	const hasMin = minima.some((x) => x !== undefined);
	const maxBelowMin = munis.flatMap((m) =>
		m.maxPerYear !== undefined && m.minPerYear !== undefined && m.maxPerYear < m.minPerYear
			? [m.code]
			: []
	);
	const roles = scenario.demand.map(demandRole);

	// This year's values and the basic keys' shares on them, computed once a year when asked for.
	let values = base;
	let stamp = 0;
	let year = scenario.baseYear;
	let byInhabitants = ws.uniform;
	ws.basicYear.fill(-1);
	const basic = (k: BasicKeyType): Float64Array | null => {
		const b = BASIC_INDEX[k];
		if (ws.basicYear[b] !== stamp) {
			ws.basicOk[b] = sharesInto(values[k], ws.basic[b]) ? 1 : 0;
			ws.basicYear[b] = stamp;
		}
		return ws.basicOk[b] ? ws.basic[b] : null;
	};
	const sharesFor = (key: KeySpec, into: Float64Array): Float64Array => {
		const shares =
			key.type === 'composite'
				? compositeInto(key.weights, basic, into)
					? into
					: null
				: basic(key.type);
		if (shares) return shares;
		warnings.push({ kind: 'keyWithoutWeight', year, codes: [], key: key.type });
		return byInhabitants;
	};

	const todayRegular = regularToday(scenario, ws, basic('inhabitants') ?? ws.uniform);
	const { ledger, cumulativeExact, statushouders, local, ownKey } = ws;
	ledger.fill(0);
	cumulativeExact.fill(0);
	const byYear: YearResult[] = [];
	const spreadingByYear: SpreadingFigures[] = [];
	const blank = () => doubles(ws);

	for (let t = 1; t <= horizon; t++) {
		year = scenario.baseYear + t;
		values = ws.years[t]!;
		stamp = t;
		byInhabitants = basic('inhabitants') ?? ws.uniform;
		const target = sharesFor(scenario.key, ws.target);
		const fairKey = scenario.fairShareKey ? sharesFor(scenario.fairShareKey, ws.fair) : target;

		// Households that arrive before the path demand is placed (they use up room under the cap).
		statushouders.fill(0);
		local.fill(0);
		ownKey.fill(0);
		let pathDemand = 0;
		let ownKeyDemand = 0;
		for (let index = 0; index < roles.length; index++) {
			const g = scenario.demand[index]!;
			const mean = groupDemand(g, t);
			const amount = draws ? draws.demand(index, t, mean) : mean;
			const role = roles[index];
			if (role === 'path') {
				pathDemand += amount;
				continue;
			}
			const shares =
				role === 'statushouders'
					? byInhabitants
					: role === 'local'
						? (today ?? byInhabitants)
						: sharesFor(g.key!, ws.ownShares);
			const into = role === 'statushouders' ? statushouders : role === 'local' ? local : ownKey;
			if (role === 'ownKey') ownKeyDemand += amount;
			for (let i = 0; i < n; i++) into[i]! += amount * shares[i]!;
		}
		const demand = pathDemand + ownKeyDemand;

		const q = pathShares(
			today,
			target,
			pathProgress(t, scenario.growthPath.years, scenario.growthPath.gamma),
			ws.path
		);
		const counted = capCounts === 'priority' ? statushouders : null;
		const available = values.available;
		const hi = cap === null && !hasMax ? null : ws.hi;
		if (hi) {
			for (let i = 0; i < n; i++) {
				const before = local[i]! + ownKey[i]! + (counted ? counted[i]! : 0);
				const room = cap === null ? Infinity : Math.max(0, cap * available[i]! - before);
				const max = maxima[i];
				hi[i] = max === undefined ? room : Math.min(room, Math.max(0, max - ownKey[i]!));
			}
		}
		const lo = floorShare > 0 || hasMin ? ws.lo : null;
		if (lo) {
			for (let i = 0; i < n; i++) {
				lo[i] = Math.max(floorShare * pathDemand * fairKey[i]!, (minima[i] ?? 0) - ownKey[i]!, 0);
			}
		}
		const bounded = allocateInto(q, pathDemand, lo, hi, ws.bounds);

		const result = yearFigures(year, ws, scenario, {
			target,
			q,
			exact: ws.exactYears[t - 1]!,
			fairKey,
			demand,
			todayRegular,
			capCounts,
			unplaced: bounded.shortfall,
			capBinds: bounded.upperBinds
		});
		spreadingByYear.push(spreadingFigures(ws.urgents, values, blank));
		byYear.push(result);
		yearWarnings(warnings, result, codes, scenario, bounded.floorsScaled);
		if (bounded.roomWithoutWeight.length && result.unplaced > TOLERANCE) {
			warnings.push({
				kind: 'roomWithoutWeight',
				year,
				codes: bounded.roomWithoutWeight.map((i) => codes[i]!),
				amount: result.unplaced
			});
		}
		if (maxBelowMin.length) warnings.push({ kind: 'maxBelowMin', year, codes: maxBelowMin });
		if (hasMax) {
			const overMaximum = codes.filter((_, i) => ownKey[i]! > (maxima[i] ?? Infinity) + TOLERANCE);
			if (overMaximum.length) warnings.push({ kind: 'overMaximum', year, codes: overMaximum });
		}
	}

	wholeHouseholdsFlat(ws.exact, horizon, n, ws.apportion, (h) => plainCopy(ws, h)).forEach(
		(h, t) => (byYear[t]!.households = h)
	);

	const last = ws.years[horizon]!;
	const k = scenario.personsPerUrgentHousehold ?? 1;
	const allVulnerable = munis.every((m) => m.vulnerable !== undefined);
	values = base;
	stamp = horizon + 1;
	const baseShares = (type: BasicKeyType) => plainCopy(ws, basic(type) ?? new Float64Array(n));
	return {
		years: byYear.map((y) => y.year),
		codes,
		names,
		keys: Object.fromEntries(BASIC_KEYS.map((type) => [type, baseShares(type)])) as Record<
			BasicKeyType,
			number[]
		>,
		currentShares: today && plainCopy(ws, today),
		vulnerableShares: allVulnerable
			? plainCopy(ws, sharesOf(munis.map((m) => m.vulnerable!)) ?? new Float64Array(n))
			: null,
		vulnerableConcentration: {
			base: munis.map((m, i) => ratio(m.vulnerable, base.inhabitants[i]!)),
			horizon: munis.map((m, i) =>
				ratio(
					m.vulnerable === undefined ? undefined : m.vulnerable + k * cumulativeExact[i]!,
					last.inhabitants[i]!
				)
			)
		},
		byYear,
		spreading: {
			byYear: spreadingByYear,
			today: spreadingToday(
				munis.map((m) => m.currentUrgents),
				base
			)
		},
		ledger: plainCopy(ws, ledger),
		compensation: balancedCompensation(ledger, price, doubles(ws)),
		warnings,
		uncertainty: null
	};
}

/**
 * Relettings left for regular home seekers today (model.md §6): A(0) minus today's urgents and
 * today's statushouders (the base-year taakstelling by inhabitants), so that households housed
 * today do not read as a loss.
 */
function regularToday(
	scenario: Scenario,
	ws: Workspace,
	byInhabitants: Float64Array
): Float64Array {
	const base = ws.years[0]!;
	let statushouders = 0;
	for (const g of scenario.demand) {
		if (demandRole(g) === 'statushouders') statushouders += groupDemand(g, 0);
	}
	const out = ws.todayRegular;
	for (let i = 0; i < out.length; i++) {
		out[i] =
			base.available[i]! -
			(scenario.municipalities[i]!.currentUrgents ?? 0) -
			statushouders * byInhabitants[i]!;
	}
	return out;
}

interface YearInput {
	target: Float64Array;
	q: Float64Array;
	/** this year's row of the exact allocation, filled here: the bounded allocation plus own-key groups */
	exact: Float64Array;
	fairKey: Float64Array;
	demand: number;
	/** relettings left for regular home seekers today */
	todayRegular: Float64Array;
	capCounts: CapCounts;
	unplaced: number;
	capBinds: boolean;
}

/**
 * A year's figures, from this year's values, allocation, local groups, statushouders and own-key
 * groups in the workspace; updates the running ledger, the cumulative exact allocation and this
 * year's urgents (for the spreading figures), all in one pass. `households` is filled in once the
 * whole horizon is known.
 */
function yearFigures(year: number, ws: Workspace, scenario: Scenario, y: YearInput): YearResult {
	const n = y.exact.length;
	const cap = scenario.bounds.capShare;
	const { local, statushouders, ledger, ownKey, cumulativeExact, urgents } = ws;
	const allocation = ws.bounds.allocation;
	const values = ws.years[year - scenario.baseYear]!;
	const fairShare = doubles(ws);
	const deviation = doubles(ws);
	const priorityShare: (number | null)[] = doubles(ws);
	const regularRelettings = doubles(ws);
	const regularChange = doubles(ws);
	const overCap = flags(ws);
	const heldByCap = flags(ws);
	let overCapCount = 0;
	for (let i = 0; i < n; i++) {
		const exact = allocation[i]! + ownKey[i]!;
		y.exact[i] = exact;
		cumulativeExact[i]! += exact;
		urgents[i] = exact + local[i]!;
		const fair = y.demand * y.fairKey[i]!;
		fairShare[i] = fair;
		deviation[i] = exact - fair;
		ledger[i]! += exact - fair;
		const priority = exact + local[i]! + statushouders[i]!;
		// What the cap counts: statushouders only with capCounts "priority".
		const capped = y.capCounts === 'priority' ? priority : exact + local[i]!;
		const available = values.available[i]!;
		// Relettings so few that the share overflows (e.g. 1e-320) count as none: null, never Infinity.
		const share = available > 0 ? priority / available : Infinity;
		const finite = Number.isFinite(share);
		priorityShare[i] = finite ? share : null;
		regularRelettings[i] = available - priority;
		regularChange[i] = available - priority - y.todayRegular[i]!;
		const flagged = finite
			? cap !== null && capped / available > cap + TOLERANCE
			: priority > TOLERANCE;
		overCap[i] = flagged;
		if (flagged) overCapCount++;
		// At the cap and still short of fair share: the cap, not the key, keeps it there.
		heldByCap[i] =
			finite && cap !== null && share >= cap - CAP_REACHED && exact - fair < -CAP_REACHED;
	}
	return {
		year,
		demand: y.demand,
		targetShares: plainCopy(ws, y.target),
		pathShares: plainCopy(ws, y.q),
		exact: plainCopy(ws, y.exact),
		households: [],
		fairShare,
		deviation,
		relettings: plainCopy(ws, values.available),
		nonDistributable: plainCopy(ws, local),
		statushouders: plainCopy(ws, statushouders),
		priorityShare,
		regularRelettings,
		regularChange,
		overCap,
		overCapCount,
		heldByCap,
		ledger: plainCopy(ws, ledger),
		compensation: balancedCompensation(
			ledger,
			scenario.compensation.pricePerHousehold,
			doubles(ws)
		),
		inhabitants: plainCopy(ws, values.inhabitants),
		spreadingIndex: spreadingIndex(y.exact, values.inhabitants),
		unplaced: y.unplaced,
		capBinds: y.capBinds
	};
}

/** The year's warnings about what it could not place and where the cap is passed, into `out`. */
function yearWarnings(
	out: ModelWarning[],
	y: YearResult,
	codes: string[],
	scenario: Scenario,
	floorsScaled: boolean
): void {
	const year = y.year;
	if (y.unplaced > TOLERANCE) out.push({ kind: 'unplaced', year, codes: [], amount: y.unplaced });
	if (floorsScaled) out.push({ kind: 'floorsScaled', year, codes: [] });
	if (y.overCapCount === 0) return;
	const noRelettings: string[] = [];
	const overCap: string[] = [];
	for (let i = 0; i < codes.length; i++) {
		if (y.overCap[i]) (y.priorityShare[i] !== null ? overCap : noRelettings).push(codes[i]!);
	}
	if (noRelettings.length) out.push({ kind: 'noRelettings', year, codes: noRelettings });
	const { capShare, capCounts = 'priority' } = scenario.bounds;
	if (overCap.length && capShare !== null) {
		out.push({ kind: 'overCap', year, codes: overCap, capShare, capCounts });
	}
}

function ratio(part: number | undefined, whole: number): number | null {
	return part === undefined || !(whole > 0) ? null : part / whole;
}
