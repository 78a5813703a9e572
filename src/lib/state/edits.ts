/**
 * Edits of a scenario as pure functions: each returns a new scenario and
 * leaves its input alone, so every state can be kept (undo, compare) and
 * validated before it replaces the one on screen.
 */
import {
	BASIC_KEYS,
	type BasicKeyType,
	type DemandGroup,
	type KeySpec,
	type Municipality,
	type MunicipalityNumberField,
	type Scenario
} from '$lib/model';
import {
	applyProposal,
	nextProposalId,
	proposalsOf,
	settingsOf,
	type CompromiseRule,
	type Proposal,
	type ProposalSettings
} from '$lib/model/proposals';

export type KeyChoice = KeySpec['type'];

export function setKeyType(s: Scenario, type: KeyChoice): Scenario {
	if (type !== 'composite') return { ...s, key: { type } };
	const weights =
		s.key.type === 'composite'
			? s.key.weights
			: { inhabitants: 1 / 3, socialStock: 1 / 3, available: 1 / 3 };
	return { ...s, key: { type: 'composite', weights } };
}

/** Set one composite weight; the other two share the rest in their current proportion. */
export function setCompositeWeight(s: Scenario, which: BasicKeyType, weight: number): Scenario {
	if (s.key.type !== 'composite') return s;
	const w = Math.min(1, Math.max(0, weight));
	const others = BASIC_KEYS.filter((k) => k !== which);
	const rest = others.reduce(
		(a, k) => a + (s.key as { weights: Record<(typeof BASIC_KEYS)[number], number> }).weights[k],

		0
	);
	const weights = { ...s.key.weights, [which]: w };
	for (const k of others) weights[k] = rest > 0 ? (s.key.weights[k] / rest) * (1 - w) : (1 - w) / 2;
	return { ...s, key: { type: 'composite', weights } };
}

export function setFairShareKey(s: Scenario, type: BasicKeyType | null): Scenario {
	return { ...s, fairShareKey: type ? { type } : null };
}

export function setHorizon(s: Scenario, years: number): Scenario {
	return { ...s, horizonYears: years };
}

export function setGrowthPath(s: Scenario, part: Partial<Scenario['growthPath']>): Scenario {
	return { ...s, growthPath: { ...s.growthPath, ...part } };
}

export function setBounds(s: Scenario, part: Partial<Scenario['bounds']>): Scenario {
	return { ...s, bounds: { ...s.bounds, ...part } };
}

export function setPrice(s: Scenario, price: number): Scenario {
	return { ...s, compensation: { ...s.compensation, pricePerHousehold: price } };
}

/** The same value for every municipality (a region-wide slider). */
export function setForAll<K extends keyof Municipality>(
	s: Scenario,
	field: K,
	value: Municipality[K]
): Scenario {
	return { ...s, municipalities: s.municipalities.map((m) => ({ ...m, [field]: value })) };
}

/** New values of some municipalities' number fields, by code; undefined removes an optional field. */
export type MunicipalityValues = Record<
	string,
	Partial<Record<MunicipalityNumberField, number | undefined>>
>;

/** Fields of some municipalities (by code) set, as typed or pasted in the table. */
export function setMunicipalityFields(s: Scenario, values: MunicipalityValues): Scenario {
	return {
		...s,
		municipalities: s.municipalities.map((m) => {
			const set = Object.hasOwn(values, m.code) ? values[m.code] : undefined;
			if (!set) return m;
			const next: Municipality = { ...m };
			for (const [field, value] of Object.entries(set)) {
				if (value === undefined) delete next[field as MunicipalityNumberField];
				else next[field as MunicipalityNumberField] = value;
			}
			return next;
		})
	};
}

export function setDemand(s: Scenario, index: number, part: Partial<DemandGroup>): Scenario {
	const demand = s.demand.map((g, i) => {
		if (i !== index) return g;
		const next = { ...g, ...part };
		if (part.key === undefined && 'key' in part) delete next.key;
		// A number the user typed is no longer the built-in assumption.
		if ('perYear' in part) delete next.basis;
		return next;
	});
	return { ...s, demand };
}

export function addDemandGroup(s: Scenario, label: string): Scenario {
	const ids = new Set(s.demand.map((g) => g.group));
	let n = 1;
	while (ids.has(`${label} ${n}`)) n++;
	const group: DemandGroup = {
		group: `${label} ${n}`,
		perYear: 0,
		trendPerYear: 0,
		distributable: true
	};
	return { ...s, demand: [...s.demand, group] };
}

export function removeDemandGroup(s: Scenario, index: number): Scenario {
	return { ...s, demand: s.demand.filter((_, i) => i !== index) };
}

/** Put one field of every municipality back to its value in `base` (matched by code). */
export function resetMunicipalityField(
	s: Scenario,
	base: Scenario,
	field: keyof Municipality
): Scenario {
	const original = new Map(base.municipalities.map((m) => [m.code, m]));
	return {
		...s,
		municipalities: s.municipalities.map((m) => {
			const from = original.get(m.code);
			if (!from) return m;
			const next = { ...m, [field]: from[field] };
			if (from[field] === undefined) delete next[field];
			return next;
		})
	};
}

/** Record the current settings as a proposal of the session (negotiation). */
export function recordProposal(
	s: Scenario,
	name: string,
	by: string,
	settings: ProposalSettings = settingsOf(s),
	rule?: CompromiseRule
): Scenario {
	const proposals = proposalsOf(s);
	const p: Proposal = { ...settings, id: nextProposalId(proposals), name, by };
	if (rule) p.rule = rule;
	return { ...s, proposals: [...proposals, p] };
}

export function removeProposal(s: Scenario, id: string): Scenario {
	return { ...s, proposals: proposalsOf(s).filter((p) => p.id !== id) };
}

/** Mark one proposal as agreed on `date` (YYYY-MM-DD); any earlier agreement is withdrawn. */
export function agreeProposal(s: Scenario, id: string, date: string): Scenario {
	return {
		...s,
		proposals: proposalsOf(s).map((p) => {
			const { agreed: _earlier, ...rest } = p;
			return p.id === id ? { ...rest, agreed: date } : rest;
		})
	};
}

/** Put a proposal's settings on screen (the region and the proposals stay). */
export function useProposal(s: Scenario, id: string): Scenario {
	const p = proposalsOf(s).find((x) => x.id === id);
	return p ? applyProposal(s, p) : s;
}
