/**
 * Proposals ("voorstellen") of a negotiation: the settings one party brings
 * to the table. A proposal differs from the scenario only in its settings —
 * key and weights, fair-share key, growth path, bounds (capCounts included),
 * price per household and per municipality the agreed minimum and maximum a
 * year; the region and its figures are shared by every proposal of the
 * session. Proposals live in the scenario document as the optional
 * top-level field `proposals` (validated in scenario.ts), so a saved
 * scenario, a scenario file and a share link carry them.
 */
import type { KeySpec, Municipality, Scenario } from './types';

/** How a compromise proposal was found (negotiation.ts). */
export type CompromiseRule = 'minimaxHouseholds' | 'minimaxRelative' | 'mostEven';
export const COMPROMISE_RULES: readonly CompromiseRule[] = [
	'minimaxHouseholds',
	'minimaxRelative',
	'mostEven'
];

/** One municipality's agreed minimum and maximum of distributable households a year. */
export interface Limits {
	minPerYear?: number;
	maxPerYear?: number;
}

export interface ProposalSettings {
	key: KeySpec;
	/** null: the same as `key` */
	fairShareKey: KeySpec | null;
	growthPath: { years: number; gamma: number };
	bounds: Scenario['bounds'];
	pricePerHousehold: number;
	/** by municipality code; a municipality not listed has neither minimum nor maximum */
	limits: Record<string, Limits>;
}

export interface Proposal extends ProposalSettings {
	/** unique within the session: `p1`, `p2`, … */
	id: string;
	name: string;
	/** who brings it (a municipality, the facilitator) */
	by: string;
	/** set when the proposal is the result of the compromise search */
	rule?: CompromiseRule;
	/** the session date (YYYY-MM-DD) on which the room agreed to it */
	agreed?: string;
}

const LIMIT_FIELDS = ['minPerYear', 'maxPerYear'] as const;

/** The proposals a scenario carries (none: an empty list). */
export function proposalsOf(s: Scenario): Proposal[] {
	return Array.isArray(s.proposals) ? (s.proposals as Proposal[]) : [];
}

/** The settings of a scenario as they are now. */
export function settingsOf(s: Scenario): ProposalSettings {
	const limits: Record<string, Limits> = {};
	for (const m of s.municipalities) {
		const own: Limits = {};
		for (const f of LIMIT_FIELDS) if (typeof m[f] === 'number') own[f] = m[f] as number;
		if (Object.keys(own).length) limits[m.code] = own;
	}
	return structuredClone({
		key: s.key,
		fairShareKey: s.fairShareKey,
		growthPath: { years: s.growthPath.years, gamma: s.growthPath.gamma },
		bounds: s.bounds,
		pricePerHousehold: s.compensation.pricePerHousehold,
		limits
	});
}

/** The next free id (`p` and a number), so ids never repeat within a session. */
export function nextProposalId(proposals: readonly { id: string }[]): string {
	let n = 0;
	for (const p of proposals) {
		const m = /^p(\d+)$/.exec(p.id);
		if (m) n = Math.max(n, Number(m[1]));
	}
	return `p${n + 1}`;
}

/**
 * The scenario with a proposal's settings: every other field (region,
 * figures, demand, the proposals themselves) stays. Municipalities without
 * limits in the proposal lose theirs; codes not in the region are ignored.
 */
export function applyProposal(s: Scenario, p: ProposalSettings): Scenario {
	const municipalities = s.municipalities.map((m) => {
		const own = p.limits[m.code];
		const hasAny = LIMIT_FIELDS.some((f) => m[f] !== undefined || own?.[f] !== undefined);
		if (!hasAny) return m;
		const next: Municipality = { ...m };
		for (const f of LIMIT_FIELDS) {
			if (own?.[f] !== undefined) next[f] = own[f];
			else delete next[f];
		}
		return next;
	});
	return {
		...s,
		municipalities,
		key: p.key,
		fairShareKey: p.fairShareKey,
		growthPath: { ...s.growthPath, ...p.growthPath },
		bounds: { ...p.bounds },
		compensation: { ...s.compensation, pricePerHousehold: p.pricePerHousehold }
	};
}
