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
 *      (cap room after steps 2–3, floor on fair share) — water-filling;
 *   5. round to whole households with carry;
 *   6. fair share, ledger, pressure on regular home seekers, spreading index.
 */
import { HouseholdRounder } from './apportion';
import { allocateWithinBounds } from './bounds';
import { demandRole, groupDemand } from './demand';
import { formatCount, formatPercent } from './format';
import { pathProgress, pathShares } from './growthPath';
import { balancedCompensation, spreadingIndex } from './indicators';
import { keyShares, sharesOf } from './keys';
import { projectRegion, type YearValues } from './projection';
import {
	BASIC_KEYS,
	type BasicKeyType,
	type KeySpec,
	type ModelWarning,
	type Scenario,
	type SimulationResult,
	type YearResult
} from './types';

// A share above the cap by less than this is rounding noise, not a breach.
const TOLERANCE = 1e-9;

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
	const base = projection[0];
	const warnings: ModelWarning[] = [];

	const hasCurrent = munis.some((m) => m.currentUrgents !== undefined);
	const today = hasCurrent ? sharesOf(munis.map((m) => m.currentUrgents ?? 0)) : null;
	const cap = scenario.bounds.capShare;
	const floorShare = scenario.bounds.floorShare;
	const rounder = new HouseholdRounder(n);
	const ledger = new Float64Array(n);
	const cumulativeExact = new Float64Array(n);
	const byYear: YearResult[] = [];

	for (let t = 1; t <= horizon; t++) {
		const year = scenario.baseYear + t;
		const values = projection[t];
		const byInhabitants = sharesOf(values.inhabitants) ?? uniform(n);
		const sharesFor = (key: KeySpec) => {
			const shares = keyShares(key, values);
			if (shares) return shares;
			warnings.push({
				kind: 'keyWithoutWeight',
				year,
				codes: [],
				message: `In ${year} heeft de sleutel ‘${keyLabel(key)}’ in geen enkele gemeente gewicht; deze vraag is naar inwoners verdeeld.`
			});
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
			for (let i = 0; i < n; i++) into[i] += amount * shares[i];
		}
		const demand = pathDemand + ownKeyDemand;

		const q = pathShares(
			today,
			target,
			pathProgress(t, scenario.growthPath.years, scenario.growthPath.gamma)
		);
		const hi = cap === null ? null : new Float64Array(n);
		if (hi) {
			for (let i = 0; i < n; i++) {
				hi[i] = Math.max(0, cap! * values.available[i] - local[i] - statushouders[i] - ownKey[i]);
			}
		}
		const lo =
			floorShare > 0 ? Float64Array.from(fairKey, (f) => floorShare * pathDemand * f) : null;
		const bounded = allocateWithinBounds(q, pathDemand, lo, hi);

		const exact = new Float64Array(n);
		for (let i = 0; i < n; i++) exact[i] = bounded.allocation[i] + ownKey[i];
		const shift = (bound: Float64Array | null) =>
			bound && Float64Array.from(bound, (b, i) => b + ownKey[i]);
		const rounded = rounder.next(
			exact,
			demand - bounded.shortfall,
			lo && shift(bounded.lower),
			shift(hi)
		);
		const unplaced = bounded.shortfall + rounded.leftover;

		const result = yearFigures(year, values, base, scenario, {
			target,
			q,
			exact,
			households: rounded.households,
			fairKey,
			demand,
			local,
			statushouders,
			ledger,
			unplaced,
			unplacedExact: bounded.shortfall
		});
		for (let i = 0; i < n; i++) cumulativeExact[i] += exact[i];
		byYear.push(result);
		warnings.push(...yearWarnings(result, codes, names, bounded.floorsScaled, cap));
	}

	const last = projection[horizon];
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
			base: munis.map((m, i) => ratio(m.vulnerable, base.inhabitants[i])),
			horizon: munis.map((m, i) =>
				ratio(
					m.vulnerable === undefined ? undefined : m.vulnerable + k * cumulativeExact[i],
					last.inhabitants[i]
				)
			)
		},
		byYear,
		ledger: plain(ledger),
		compensation: balancedCompensation(ledger, scenario.compensation.pricePerHousehold),
		warnings,
		uncertainty: null
	};
}

interface YearInput {
	target: Float64Array;
	q: Float64Array;
	exact: Float64Array;
	households: number[];
	fairKey: Float64Array;
	demand: number;
	local: Float64Array;
	statushouders: Float64Array;
	/** running ledger, updated in place */
	ledger: Float64Array;
	unplaced: number;
	unplacedExact: number;
}

function yearFigures(
	year: number,
	values: YearValues,
	base: YearValues,
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
	let overCapCount = 0;
	for (let i = 0; i < n; i++) {
		const fair = y.demand * y.fairKey[i];
		fairShare.push(fair);
		deviation.push(y.exact[i] - fair);
		y.ledger[i] += y.exact[i] - fair;
		const priority = y.exact[i] + y.local[i] + y.statushouders[i];
		const available = values.available[i];
		// Relettings so few that the share overflows (e.g. 1e-320) count as none: null, never Infinity.
		const share = available > 0 ? priority / available : Infinity;
		const finite = Number.isFinite(share);
		priorityShare.push(finite ? share : null);
		regularRelettings.push(available - priority);
		const today = base.available[i] - (scenario.municipalities[i].currentUrgents ?? 0);
		regularChange.push(available - priority - today);
		const flagged = finite ? cap !== null && share > cap + TOLERANCE : priority > TOLERANCE;
		overCap.push(flagged);
		if (flagged) overCapCount++;
	}
	return {
		year,
		demand: y.demand,
		targetShares: plain(y.target),
		pathShares: plain(y.q),
		exact: plain(y.exact),
		households: y.households,
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
		ledger: plain(y.ledger),
		inhabitants: plain(values.inhabitants),
		spreadingIndex: spreadingIndex(y.exact, values.inhabitants),
		unplaced: y.unplaced,
		unplacedExact: y.unplacedExact
	};
}

function yearWarnings(
	y: YearResult,
	codes: string[],
	names: string[],
	floorsScaled: boolean,
	cap: number | null
): ModelWarning[] {
	const out: ModelWarning[] = [];
	const list = (idx: number[]) => idx.map((i) => names[i]).join(', ');
	if (y.unplaced > TOLERANCE) {
		out.push({
			kind: 'unplaced',
			year: y.year,
			codes: [],
			amount: y.unplaced,
			message: `In ${y.year} kunnen ${formatCount(y.unplaced)} urgente huishoudens nergens geplaatst worden: alle gemeenten zitten aan het maximale aandeel toewijzingen aan urgenten.`
		});
	}
	if (floorsScaled) {
		out.push({
			kind: 'floorsScaled',
			year: y.year,
			codes: [],
			message: `In ${y.year} vragen de ondergrenzen samen meer dan de vraag; ze zijn naar verhouding verlaagd.`
		});
	}
	const noRelettings: number[] = [];
	const overCap: number[] = [];
	y.overCap.forEach((flag, i) => {
		if (flag) (y.priorityShare[i] !== null ? overCap : noRelettings).push(i);
	});
	if (noRelettings.length) {
		out.push({
			kind: 'noRelettings',
			year: y.year,
			codes: noRelettings.map((i) => codes[i]),
			message: `In ${y.year} krijgen ${list(noRelettings)} urgente huishoudens of statushouders, maar hebben geen vrijkomende sociale huurwoningen.`
		});
	}
	if (overCap.length && cap !== null) {
		out.push({
			kind: 'overCap',
			year: y.year,
			codes: overCap.map((i) => codes[i]),
			message: `In ${y.year} gaat in ${list(overCap)} meer dan ${formatPercent(cap)} van de vrijkomende sociale huurwoningen naar urgenten en statushouders.`
		});
	}
	return out;
}

const KEY_LABELS: Record<KeySpec['type'], string> = {
	inhabitants: 'inwoners',
	socialStock: 'sociale huurwoningen',
	available: 'beschikbare sociale huurwoningen',
	composite: 'samengesteld'
};

function keyLabel(key: KeySpec): string {
	return KEY_LABELS[key.type];
}

/** A plain array of the same numbers (Array.from on a typed array is slow in V8). */
function plain(values: ArrayLike<number>): number[] {
	const out: number[] = [];
	for (let i = 0; i < values.length; i++) out.push(values[i]);
	return out;
}

function uniform(n: number): Float64Array {
	return new Float64Array(n).fill(1 / n);
}

function ratio(part: number | undefined, whole: number): number | null {
	return part === undefined || !(whole > 0) ? null : part / whole;
}
