/**
 * The negotiation: what each proposal means for each municipality, who
 * loses how much against the proposal it likes best (regret), and the
 * compromise search. Pure and deterministic: the same scenario gives the
 * same round and the same compromise on every machine, in one worker or
 * spread over several (candidates are scored independently, in a fixed order).
 *
 * Favourable: fewer urgent households over the horizon. Receiving them is
 * the burden the room divides; over-delivery is paid back by compensation,
 * which the matrix shows beside it.
 *
 *   regret_i(a)          = H_i(a) − min_p H_i(p)      H_i households of i over the horizon,
 *                                                     p over the recorded proposals
 *   relative regret_i(a) = regret_i(a) / max(1, F_i(a))   F_i fair share of i over the horizon
 *   minimax regret       = the candidate whose largest regret (over municipalities) is smallest
 *   most even            = lowest mean spreading index among candidates where no municipality
 *                          is above the cap in any year, beyond the breaches every candidate has
 *                          (groups no arrangement moves — statushouders, local groups — can take a
 *                          municipality over the cap by themselves; the fewest breaches count)
 * Candidates: the composite keys of a 5-percentage-point grid (231) × the growth-path years
 * the proposals span, on the session's other settings, and the recorded proposals themselves.
 */
import { simulate } from './engine';
import { balancedCompensation } from './indicators';
import {
	applyProposal,
	proposalsOf,
	settingsOf,
	type Proposal,
	type ProposalSettings
} from './proposals';
import { parseScenario, type ValidationIssue } from './scenario';
import type { BasicKeyType, Scenario, SimulationResult } from './types';

/** Two scores closer than this are equal (floating-point noise, not a difference). */
const EPS = 1e-9;

/** What one arrangement means for each municipality ([year][municipality] or [municipality]). */
export interface ArrangementScore {
	/** whole households per year */
	households: number[][];
	/** households over the horizon */
	total: number[];
	/** fair share per year, and over the horizon */
	fairShare: number[][];
	fairTotal: number[];
	/** exact allocation minus fair share, per year; the ledger (cumulative) per year */
	deviation: number[][];
	ledger: number[][];
	/** priority households / relettings per year; over the horizon: their sums' ratio (null: no relettings) */
	priorityShare: (number | null)[][];
	priorityShareTotal: (number | null)[];
	/** above the cap (or households without relettings), per year */
	overCapYears: boolean[][];
	/** above the cap in any year */
	overCap: boolean[];
	/** municipality-years above the cap */
	overCapCount: number;
	/** balanced compensation on the ledger of each year (positive: receives); the last is the horizon's */
	compensation: number[][];
	/** mean of the yearly spreading indices */
	spreading: number;
	/** households no municipality could take, over the horizon */
	unplaced: number;
}

/** Score the result of one arrangement (a run of the engine) at a price per household. */
export function scoreArrangement(result: SimulationResult, price: number): ArrangementScore {
	const n = result.codes.length;
	const years = result.byYear;
	const total = new Array<number>(n).fill(0);
	const fairTotal = new Array<number>(n).fill(0);
	const priority = new Array<number>(n).fill(0);
	const relettings = new Array<number>(n).fill(0);
	const overCap = new Array<boolean>(n).fill(false);
	let spreading = 0;
	let unplaced = 0;
	let overCapCount = 0;
	for (const y of years) {
		for (let i = 0; i < n; i++) {
			total[i]! += y.households[i]!;
			fairTotal[i]! += y.fairShare[i]!;
			priority[i]! += y.exact[i]! + y.nonDistributable[i]! + y.statushouders[i]!;
			relettings[i]! += y.relettings[i]!;
			if (y.overCap[i]) overCap[i] = true;
		}
		spreading += y.spreadingIndex;
		unplaced += y.unplaced;
		overCapCount += y.overCapCount;
	}
	return {
		households: years.map((y) => y.households),
		total,
		fairShare: years.map((y) => y.fairShare),
		fairTotal,
		deviation: years.map((y) => y.deviation),
		ledger: years.map((y) => y.ledger),
		priorityShare: years.map((y) => y.priorityShare),
		overCapYears: years.map((y) => y.overCap),
		priorityShareTotal: priority.map((p, i) => (relettings[i]! > 0 ? p / relettings[i]! : null)),
		overCap,
		overCapCount,
		compensation: years.map((y) => balancedCompensation(y.ledger, price)),
		spreading: years.length ? spreading / years.length : 0,
		unplaced
	};
}

/** Each municipality's most favourable figure: the fewest households over the horizon. */
export function bestTotals(totals: readonly (readonly number[])[]): number[] {
	if (!totals.length) return [];
	return totals[0]!.map((_, i) => Math.min(...totals.map((t) => t[i]!)));
}

/** Loss in households over the horizon against each municipality's most favourable proposal. */
export function regret(total: readonly number[], best: readonly number[]): number[] {
	return total.map((h, i) => h - best[i]!);
}

/** The same loss as a share of the municipality's fair share over the horizon (at least 1 household). */
export function relativeRegret(
	total: readonly number[],
	best: readonly number[],
	fairTotal: readonly number[]
): number[] {
	return total.map((h, i) => (h - best[i]!) / Math.max(1, fairTotal[i]!));
}

/** The largest of a list and where it is (the first such municipality); -1 for an empty list. */
export function largest(xs: readonly number[]): { value: number; index: number } {
	let index = -1;
	for (let i = 0; i < xs.length; i++) if (index < 0 || xs[i]! > xs[index]! + EPS) index = i;
	return { value: index < 0 ? 0 : xs[index]!, index };
}

/**
 * Composite weights on a grid of `1/steps` (steps = 20: 5 percentage points,
 * 231 keys), in a fixed order; exact sums of 1 up to floating point.
 */
export function compositeGrid(steps = 20): Record<BasicKeyType, number>[] {
	const out: Record<BasicKeyType, number>[] = [];
	for (let a = 0; a <= steps; a++) {
		for (let b = 0; a + b <= steps; b++) {
			out.push({
				inhabitants: a / steps,
				socialStock: b / steps,
				available: (steps - a - b) / steps
			});
		}
	}
	return out;
}

/** Where a candidate comes from. */
export type CandidateSource =
	| { kind: 'grid'; weights: Record<BasicKeyType, number>; years: number }
	| { kind: 'proposal'; id: string };

export interface Candidate {
	source: CandidateSource;
	settings: ProposalSettings;
}

/** Recorded proposals the room brought (not the compromises found), the reference of regret. */
export function recordedProposals(s: Scenario): Proposal[] {
	const all = proposalsOf(s);
	const brought = all.filter((p) => !p.rule);
	return brought.length ? brought : all;
}

/** True when the growth path changes nothing: no municipality houses urgents today. */
function pathIsMoot(s: Scenario): boolean {
	return !s.municipalities.some((m) => (m.currentUrgents ?? 0) > 0);
}

/**
 * The candidates of the compromise search, in a fixed order: the recorded
 * proposals first, then the grid keys × the growth-path years from the
 * fewest to the most any proposal takes (one value when the path is moot),
 * each on the scenario's other settings.
 */
export function searchCandidates(s: Scenario, steps = 20): Candidate[] {
	const proposals = recordedProposals(s);
	const base = settingsOf(s);
	const years = proposals.length
		? proposals.map((p) => p.growthPath.years)
		: [base.growthPath.years];
	const from = Math.min(...years);
	const to = pathIsMoot(s) ? from : Math.max(...years);
	const out: Candidate[] = proposals.map((p) => ({
		source: { kind: 'proposal', id: p.id },
		settings: settingsOnly(p)
	}));
	for (let y = from; y <= to; y++) {
		for (const weights of compositeGrid(steps)) {
			out.push({
				source: { kind: 'grid', weights, years: y },
				settings: {
					...base,
					key: { type: 'composite', weights },
					growthPath: { ...base.growthPath, years: y }
				}
			});
		}
	}
	return out;
}

function settingsOnly(p: ProposalSettings): ProposalSettings {
	const { key, fairShareKey, growthPath, bounds, pricePerHousehold, limits } = p;
	return { key, fairShareKey, growthPath, bounds, pricePerHousehold, limits };
}

/** The few figures the search compares (small enough to send between workers by the thousand). */
export interface CandidateScore {
	total: number[];
	fairTotal: number[];
	spreading: number;
	/** municipality-years above the cap */
	overCapCount: number;
}

export type ScoreOutcome =
	{ ok: true; scores: CandidateScore[] } | { ok: false; issues: ValidationIssue[] };

/**
 * Score a chunk of candidates on a scenario (validated once). The grid's
 * composite keys are valid by construction; a recorded proposal is checked
 * on the region, and one that does not fit refuses the chunk with the reasons.
 */
export function scoreCandidates(input: unknown, candidates: Candidate[]): ScoreOutcome {
	const parsed = parseScenario(input);
	if (!parsed.ok) return parsed;
	const scores: CandidateScore[] = [];
	for (const c of candidates) {
		let scenario = applyProposal(parsed.scenario, c.settings);
		if (c.source.kind === 'proposal') {
			const checked = parseScenario(scenario);
			if (!checked.ok) return checked;
			scenario = checked.scenario;
		}
		const score = scoreArrangement(simulate(scenario), c.settings.pricePerHousehold);
		scores.push({
			total: score.total,
			fairTotal: score.fairTotal,
			spreading: score.spreading,
			overCapCount: score.overCapCount
		});
	}
	return { ok: true, scores };
}

export interface Compromise {
	rule: 'minimaxHouseholds' | 'minimaxRelative' | 'mostEven';
	/** index into the candidates */
	index: number;
	/** the rule's figure: the largest regret (households or relative), or the spreading index */
	value: number;
}

/**
 * The compromises among scored candidates. Regret is against each
 * municipality's most favourable recorded proposal (the `proposal`
 * candidates). Ties go to the smaller sum of regrets, then the earlier
 * candidate, so a recorded proposal wins a tie with the grid. Most even
 * looks only at the candidates with the fewest breaches of the cap.
 */
export function pickCompromises(candidates: Candidate[], scores: CandidateScore[]): Compromise[] {
	const recorded = scores.filter((_, i) => candidates[i]!.source.kind === 'proposal');
	const best = bestTotals((recorded.length ? recorded : scores).map((s) => s.total));
	const minimax = (rule: 'minimaxHouseholds' | 'minimaxRelative'): Compromise => {
		let pick: { index: number; value: number; sum: number } | null = null;
		scores.forEach((s, index) => {
			const r =
				rule === 'minimaxHouseholds'
					? regret(s.total, best)
					: relativeRegret(s.total, best, s.fairTotal);
			const value = largest(r).value;
			const sum = r.reduce((a, x) => a + Math.max(0, x), 0);
			if (
				!pick ||
				value < pick.value - EPS ||
				(Math.abs(value - pick.value) <= EPS && sum < pick.sum - EPS)
			) {
				pick = { index, value, sum };
			}
		});
		const p = pick as { index: number; value: number } | null;
		return { rule, index: p?.index ?? -1, value: p?.value ?? 0 };
	};
	const out = [minimax('minimaxHouseholds'), minimax('minimaxRelative')];
	const fewest = Math.min(...scores.map((s) => s.overCapCount));
	let even = -1;
	scores.forEach((s, i) => {
		if (s.overCapCount > fewest) return;
		if (even < 0 || s.spreading < scores[even]!.spreading - EPS) even = i;
	});
	if (even >= 0) out.push({ rule: 'mostEven', index: even, value: scores[even]!.spreading });
	return out.filter((c) => c.index >= 0);
}

/** One proposal's column in the round. */
export interface RoundColumn {
	id: string;
	score: ArrangementScore;
	/** against each municipality's most favourable recorded proposal */
	regret: number[];
	relativeRegret: number[];
}

export interface Round {
	years: number[];
	codes: string[];
	names: string[];
	columns: RoundColumn[];
	/** per municipality the column index of its most and least favourable proposal (-1: none) */
	most: number[];
	least: number[];
}

export type RoundOutcome = { ok: true; round: Round } | { ok: false; issues: ValidationIssue[] };

/** Every proposal of the scenario, run on its region and scored: the round matrix. */
export function roundOf(input: unknown): RoundOutcome {
	const parsed = parseScenario(input);
	if (!parsed.ok) return parsed;
	const s = parsed.scenario;
	const proposals = proposalsOf(s);
	const scored: { id: string; score: ArrangementScore; result: SimulationResult }[] = [];
	for (const p of proposals) {
		const run = parseScenario(applyProposal(s, p));
		if (!run.ok) return run;
		const result = simulate(run.scenario);
		scored.push({ id: p.id, result, score: scoreArrangement(result, p.pricePerHousehold) });
	}
	const reference = new Set(recordedProposals(s).map((p) => p.id));
	const best = bestTotals(scored.filter((c) => reference.has(c.id)).map((c) => c.score.total));
	const n = s.municipalities.length;
	const columns = scored.map(({ id, score }) => ({
		id,
		score,
		regret: regret(score.total, best),
		relativeRegret: relativeRegret(score.total, best, score.fairTotal)
	}));
	const pickBy = (better: (a: number, b: number) => boolean) =>
		Array.from({ length: n }, (_, i) => {
			let at = -1;
			columns.forEach((c, j) => {
				if (at < 0 || better(c.score.total[i]!, columns[at]!.score.total[i]!)) at = j;
			});
			return at;
		});
	const first = scored[0]?.result;
	return {
		ok: true,
		round: {
			years: first?.years ?? [],
			codes: s.municipalities.map((m) => m.code),
			names: s.municipalities.map((m) => m.name),
			columns,
			most: pickBy((a, b) => a < b - EPS),
			least: pickBy((a, b) => a > b + EPS)
		}
	};
}

/** What the negotiation worker exposes through comlink. */
export const negotiationApi = { round: roundOf, score: scoreCandidates };
export type NegotiationApi = typeof negotiationApi;

export { applyProposal };
