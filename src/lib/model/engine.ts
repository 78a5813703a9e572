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
 */
import { wholeHouseholds } from './apportion';
import { allocateWithinBounds } from './bounds';
import { demandRole, groupDemand } from './demand';
import { pathProgress, pathShares } from './growthPath';
import { balancedCompensation, spreadingIndex } from './indicators';
import { keyShares, sharesOf } from './keys';
import { projectRegion, type YearValues } from './projection';
import { spreadingAnalysis } from './spreading';
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

export function simulate(scenario: Scenario, draws?: Draws): SimulationResult {
	const munis = scenario.municipalities;
	const n = munis.length;
	const horizon = scenario.horizonYears;
	const codes = munis.map((m) => m.code);
	const names = munis.map((m) => m.name);
	const projection = projectRegion(munis, horizon, draws?.mutationRate);
	const base = projection[0]!;
	const warnings: ModelWarning[] = [];

	const hasCurrent = munis.some((m) => m.currentUrgents !== undefined);
	const today = hasCurrent ? sharesOf(munis.map((m) => m.currentUrgents ?? 0)) : null;
	const cap = scenario.bounds.capShare;
	const capCounts: CapCounts = scenario.bounds.capCounts ?? 'priority';
	const floorShare = scenario.bounds.floorShare;
	const maxima = munis.map((m) => m.maxPerYear);
	const minima = munis.map((m) => m.minPerYear);
	const hasMax = maxima.some((x) => x !== undefined);
	const hasMin = minima.some((x) => x !== undefined);
	const maxBelowMin = munis.flatMap((m) =>
		m.maxPerYear !== undefined && m.minPerYear !== undefined && m.maxPerYear < m.minPerYear
			? [m.code]
			: []
	);
	const todayRegular = regularToday(scenario, base);
	const ledger = new Float64Array(n);
	const cumulativeExact = new Float64Array(n);
	const exactByYear: Float64Array[] = [];
	const byYear: YearResult[] = [];

	for (let t = 1; t <= horizon; t++) {
		const year = scenario.baseYear + t;
		const values = projection[t]!;
		const byInhabitants = sharesOf(values.inhabitants) ?? uniform(n);
		const sharesFor = (key: KeySpec) => {
			const shares = keyShares(key, values!);
			if (shares) return shares;
			warnings.push({ kind: 'keyWithoutWeight', year, codes: [], key: key.type });
			return byInhabitants;
		};
		const target = sharesFor(scenario.key);
		const fairKey = scenario.fairShareKey ? sharesFor(scenario.fairShareKey) : target;

		// Households that arrive before the path demand is placed (they use up room under the cap).
		const statushouders = new Float64Array(n);
		const local = new Float64Array(n);
		const ownKey = new Float64Array(n);
		let pathDemand = 0;
		let ownKeyDemand = 0;
		for (const [index, g] of scenario.demand.entries()) {
			const mean = groupDemand(g, t);
			const amount = draws ? draws.demand(index, t, mean) : mean;
			const role = demandRole(g);
			if (role === 'path') {
				pathDemand += amount;
				continue;
			}
			const shares =
				role === 'statushouders'
					? byInhabitants
					: role === 'local'
						? (today ?? byInhabitants)
						: sharesFor(g.key!);
			const into = role === 'statushouders' ? statushouders : role === 'local' ? local : ownKey;
			if (role === 'ownKey') ownKeyDemand += amount;
			for (let i = 0; i < n; i++) into[i]! += amount * shares[i]!;
		}
		const demand = pathDemand + ownKeyDemand;

		const q = pathShares(
			today,
			target,
			pathProgress(t, scenario.growthPath.years, scenario.growthPath.gamma)
		);
		const counted = capCounts === 'priority' ? statushouders : null;
		const hi = cap === null && !hasMax ? null : new Float64Array(n);
		if (hi) {
			for (let i = 0; i < n; i++) {
				const before = local[i]! + ownKey[i]! + (counted ? counted[i]! : 0);
				const room = cap === null ? Infinity : Math.max(0, cap * values.available[i]! - before);
				const max = maxima[i];
				hi[i] = max === undefined ? room : Math.min(room, Math.max(0, max - ownKey[i]!));
			}
		}
		const lo = floorShare > 0 || hasMin ? new Float64Array(n) : null;
		if (lo) {
			for (let i = 0; i < n; i++) {
				lo[i] = Math.max(floorShare * pathDemand * fairKey[i]!, (minima[i] ?? 0) - ownKey[i]!, 0);
			}
		}
		const bounded = allocateWithinBounds(q, pathDemand, lo, hi);

		const exact = new Float64Array(n);
		for (let i = 0; i < n; i++) exact[i] = bounded.allocation[i]! + ownKey[i]!;
		exactByYear.push(exact);

		const result = yearFigures(year, values!, scenario, {
			target,
			q,
			exact,
			fairKey,
			demand,
			local,
			statushouders,
			ledger,
			todayRegular,
			capCounts,
			unplaced: bounded.shortfall,
			capBinds: bounded.upperBinds
		});
		for (let i = 0; i < n; i++) cumulativeExact[i]! += exact[i]!;
		byYear.push(result);
		warnings.push(...yearWarnings(result, codes, scenario, bounded.floorsScaled));
		if (bounded.roomWithoutWeight.length && result.unplaced > TOLERANCE) {
			warnings.push({
				kind: 'roomWithoutWeight',
				year,
				codes: bounded.roomWithoutWeight.map((i) => codes[i]!),
				amount: result.unplaced
			});
		}
		if (maxBelowMin.length) warnings.push({ kind: 'maxBelowMin', year, codes: maxBelowMin });
		const overMaximum = codes.filter((_, i) => ownKey[i]! > (maxima[i] ?? Infinity) + TOLERANCE);
		if (overMaximum.length) warnings.push({ kind: 'overMaximum', year, codes: overMaximum });
	}

	const households = wholeHouseholds(exactByYear);
	byYear.forEach((y, t) => (y.households = households[t]!));

	const last = projection[horizon]!;
	const k = scenario.personsPerUrgentHousehold ?? 1;
	const allVulnerable = munis.every((m) => m.vulnerable !== undefined);
	return {
		years: byYear.map((y) => y.year),
		codes,
		names,
		keys: Object.fromEntries(
			BASIC_KEYS.map((type) => [type, Array.from(sharesOf(base[type]) ?? new Float64Array(n))])
		) as Record<BasicKeyType, number[]>,
		currentShares: today && Array.from(today),
		vulnerableShares: allVulnerable
			? Array.from(sharesOf(munis.map((m) => m.vulnerable!)) ?? new Float64Array(n))
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
		spreading: spreadingAnalysis(
			projection,
			byYear.map((y) => y.exact.map((x, i) => x + y.nonDistributable[i]!)),
			munis.map((m) => m.currentUrgents)
		),
		ledger: plain(ledger),
		compensation: balancedCompensation(ledger, scenario.compensation.pricePerHousehold),
		warnings,
		uncertainty: null
	};
}

/**
 * Relettings left for regular home seekers today (model.md §6): A(0) minus today's urgents and
 * today's statushouders (the base-year taakstelling by inhabitants), so that households housed
 * today do not read as a loss.
 */
function regularToday(scenario: Scenario, base: YearValues): Float64Array {
	const n = base.available.length;
	const byInhabitants = sharesOf(base.inhabitants) ?? uniform(n);
	let statushouders = 0;
	for (const g of scenario.demand) {
		if (demandRole(g) === 'statushouders') statushouders += groupDemand(g, 0);
	}
	return Float64Array.from(
		base.available,
		(a, i) =>
			a - (scenario.municipalities[i]!.currentUrgents ?? 0) - statushouders * byInhabitants[i]!
	);
}

interface YearInput {
	target: Float64Array;
	q: Float64Array;
	exact: Float64Array;
	fairKey: Float64Array;
	demand: number;
	local: Float64Array;
	statushouders: Float64Array;
	/** running ledger, updated in place */
	ledger: Float64Array;
	/** relettings left for regular home seekers today */
	todayRegular: Float64Array;
	capCounts: CapCounts;
	unplaced: number;
	capBinds: boolean;
}

/** A year's figures; `households` is filled in once the whole horizon is known. */
function yearFigures(
	year: number,
	values: YearValues,
	scenario: Scenario,
	y: YearInput
): YearResult {
	const n = y.exact.length;
	const cap = scenario.bounds.capShare;
	// Filled by push: packed arrays, which V8 builds and clones fastest.
	const fairShare: number[] = [];
	const deviation: number[] = [];
	const priorityShare: (number | null)[] = [];
	const regularRelettings: number[] = [];
	const regularChange: number[] = [];
	const overCap: boolean[] = [];
	const heldByCap: boolean[] = [];
	let overCapCount = 0;
	for (let i = 0; i < n; i++) {
		const fair = y.demand * y.fairKey[i]!;
		fairShare.push(fair);
		deviation.push(y.exact[i]! - fair);
		y.ledger[i]! += y.exact[i]! - fair;
		const priority = y.exact[i]! + y.local[i]! + y.statushouders[i]!;
		// What the cap counts: statushouders only with capCounts "priority".
		const capped = y.capCounts === 'priority' ? priority : y.exact[i]! + y.local[i]!;
		const available = values.available[i]!;
		// Relettings so few that the share overflows (e.g. 1e-320) count as none: null, never Infinity.
		const share = available > 0 ? priority / available : Infinity;
		const finite = Number.isFinite(share);
		priorityShare.push(finite ? share : null);
		regularRelettings.push(available - priority);
		regularChange.push(available - priority - y.todayRegular[i]!);
		const flagged = finite
			? cap !== null && capped / available > cap + TOLERANCE
			: priority > TOLERANCE;
		overCap.push(flagged);
		if (flagged) overCapCount++;
		// At the cap and still short of fair share: the cap, not the key, keeps it there.
		heldByCap.push(
			finite && cap !== null && share >= cap - CAP_REACHED && y.exact[i]! - fair < -CAP_REACHED
		);
	}
	return {
		year,
		demand: y.demand,
		targetShares: plain(y.target),
		pathShares: plain(y.q),
		exact: plain(y.exact),
		households: [],
		fairShare,
		deviation,
		relettings: plain(values.available),
		nonDistributable: plain(y.local),
		statushouders: plain(y.statushouders),
		priorityShare,
		regularRelettings,
		regularChange,
		overCap,
		overCapCount,
		heldByCap,
		ledger: plain(y.ledger),
		compensation: balancedCompensation(y.ledger, scenario.compensation.pricePerHousehold),
		inhabitants: plain(values.inhabitants),
		spreadingIndex: spreadingIndex(y.exact, values.inhabitants),
		unplaced: y.unplaced,
		capBinds: y.capBinds
	};
}

function yearWarnings(
	y: YearResult,
	codes: string[],
	scenario: Scenario,
	floorsScaled: boolean
): ModelWarning[] {
	const out: ModelWarning[] = [];
	const year = y.year;
	if (y.unplaced > TOLERANCE) out.push({ kind: 'unplaced', year, codes: [], amount: y.unplaced });
	if (floorsScaled) out.push({ kind: 'floorsScaled', year, codes: [] });
	const noRelettings: string[] = [];
	const overCap: string[] = [];
	y.overCap.forEach((flag, i) => {
		if (flag) (y.priorityShare[i] !== null ? overCap : noRelettings).push(codes[i]!);
	});
	if (noRelettings.length) out.push({ kind: 'noRelettings', year, codes: noRelettings });
	const { capShare, capCounts = 'priority' } = scenario.bounds;
	if (overCap.length && capShare !== null) {
		out.push({ kind: 'overCap', year, codes: overCap, capShare, capCounts });
	}
	return out;
}

/** A plain array of the same numbers (Array.from on a typed array is slow in V8). */
function plain(values: ArrayLike<number>): number[] {
	const out: number[] = [];
	for (let i = 0; i < values.length; i++) out.push(values[i]!);
	return out;
}

function uniform(n: number): Float64Array {
	return new Float64Array(n).fill(1 / n);
}

function ratio(part: number | undefined, whole: number): number | null {
	return part === undefined || !(whole > 0) ? null : part / whole;
}
