/**
 * Regions to choose from and the scenario each one starts with.
 *
 * A region is a list of CBS gemeentecodes: the whole country, a province
 * (12), an arbeidsmarktregio (35; they stand in for the woningmarktregio's,
 * whose list was not found), the seed's Bijlage 5 example, or a region the
 * user puts together ("eigen regio"). Ids are `kind:slug`, e.g.
 * `arbeidsmarktregio:groningen`; an own region's id lists its codes,
 * `eigen:GM0014,GM0037`.
 *
 * `scenarioForRegion` builds a format-v1 scenario from the CBS figures:
 * social share = corporation share (an estimate), mutation rate 7 %,
 * statushouders 11,000 a year nationally spread by inhabitants, and urgent
 * demand from the assumption table per 10,000 inhabitants (an "aanname").
 * Given the scenario that was open, it keeps its settings and its demand per
 * 10,000 inhabitants, and lists in Dutch what it could not keep.
 */
import bijlage5 from '../scenarios/bijlage5.json';
import { keyShares } from '../model/keys';
import { projectRegion } from '../model/projection';
import type { DemandGroup, KeySpec, Municipality, Scenario } from '../model/types';
import {
	ASSUMPTION,
	DEFAULT_MUTATION_RATE,
	MUNICIPALITIES,
	NATIONAL_TOTALS,
	STATUSHOUDERS_PER_YEAR_NL,
	URGENT_DEMAND_ASSUMPTION,
	municipalityByCode,
	type CbsMunicipality
} from './cbs';

export type RegionKind = 'arbeidsmarktregio' | 'provincie' | 'land' | 'voorbeeld' | 'eigen';

export interface Region {
	id: string;
	/** Dutch, as shown in the region picker */
	label: string;
	kind: RegionKind;
	/** gemeentecodes (the example's own codes for `voorbeeld`) */
	codes: string[];
}

export const DEFAULT_REGION_ID = 'arbeidsmarktregio:groningen';
export const EXAMPLE_REGION_ID = 'voorbeeld:bijlage5';
const BASE_YEAR = 2025;

const example = bijlage5 as unknown as Scenario;
const collator = new Intl.Collator('nl');

const slug = (s: string) =>
	s
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');

/** Gemeenten in the order a region shows them: by name. */
const byName = (a: CbsMunicipality, b: CbsMunicipality) => collator.compare(a.name, b.name);

function groupedBy(field: 'province' | 'arbeidsmarktregio', kind: RegionKind, prefix: string) {
	const groups = new Map<string, string[]>();
	for (const m of [...MUNICIPALITIES].sort(byName)) {
		const name = m[field];
		if (!groups.has(name)) groups.set(name, []);
		groups.get(name)!.push(m.code);
	}
	return [...groups]
		.sort(([a], [b]) => collator.compare(a, b))
		.map(([name, codes]): Region => ({
			id: `${kind}:${slug(name)}`,
			label: `${prefix} ${name}`,
			kind,
			codes
		}));
}

const REGIONS: readonly Region[] = [
	{
		id: 'land:nederland',
		label: 'Heel Nederland',
		kind: 'land',
		codes: [...MUNICIPALITIES].sort(byName).map((m) => m.code)
	},
	...groupedBy('province', 'provincie', 'Provincie'),
	...groupedBy('arbeidsmarktregio', 'arbeidsmarktregio', 'Arbeidsmarktregio'),
	{
		id: EXAMPLE_REGION_ID,
		label: `Voorbeeld: ${example.name}`,
		kind: 'voorbeeld',
		codes: example.municipalities.map((m) => m.code)
	}
];

/** Heel Nederland, the provinces, the arbeidsmarktregio's (each A–Z), then the example. */
export function listRegions(): Region[] {
	return REGIONS.map((r) => ({ ...r, codes: [...r.codes] }));
}

/**
 * A region put together from gemeentecodes. Unknown and repeated codes are
 * left out (`unknown` lists them); the gemeenten are ordered by name.
 */
export function customRegion(codes: readonly string[]): Region & { unknown: string[] } {
	const chosen = new Set<string>();
	const unknown: string[] = [];
	for (const code of codes) {
		if (municipalityByCode(code)) chosen.add(code);
		else if (!unknown.includes(code)) unknown.push(code);
	}
	const sorted = [...chosen].map((c) => municipalityByCode(c)!).sort(byName);
	const n = sorted.length;
	return {
		id: `eigen:${sorted.map((m) => m.code).join(',')}`,
		label: `Eigen regio (${n} ${n === 1 ? 'gemeente' : 'gemeenten'})`,
		kind: 'eigen',
		codes: sorted.map((m) => m.code),
		unknown
	};
}

/** A listed region or an own region (`eigen:` id); undefined when the id is unknown. */
export function findRegion(id: string): Region | undefined {
	if (id.startsWith('eigen:')) {
		const { unknown: _unknown, ...region } = customRegion(id.slice('eigen:'.length).split(','));
		return region.codes.length ? region : undefined;
	}
	const found = REGIONS.find((r) => r.id === id);
	return found && { ...found, codes: [...found.codes] };
}

/** A gemeente as the model sees it, from the CBS record. */
function municipalityOf(m: CbsMunicipality): Municipality {
	return {
		code: m.code,
		name: m.name,
		inhabitants: m.inhabitants,
		households: m.households,
		dwellings: m.dwellings,
		socialShare: m.corporationShare,
		mutationRate: DEFAULT_MUTATION_RATE
	};
}

// Six significant digits: readable, and switching regions back and forth drifts by < 1e-5.
const tidy = (x: number) => Number(x.toPrecision(6));

/** The default demand of a region with this many inhabitants. */
function defaultDemand(inhabitants: number): DemandGroup[] {
	return [
		...URGENT_DEMAND_ASSUMPTION.map((a): DemandGroup => ({
			group: a.group,
			perYear: tidy((a.per10000 * inhabitants) / 10000),
			trendPerYear: 0,
			distributable: a.distributable,
			basis: ASSUMPTION
		})),
		{
			group: 'statushouders',
			perYear: tidy((STATUSHOUDERS_PER_YEAR_NL * inhabitants) / NATIONAL_TOTALS.inhabitants),
			trendPerYear: 0,
			distributable: false,
			statushouders: true,
			basis: 'schatting'
		}
	];
}

const close = (a: number, b: number) =>
	Math.abs(a - b) <= 1e-4 * Math.max(Math.abs(a), Math.abs(b));

const sumInhabitants = (ms: readonly { inhabitants: number }[]) =>
	ms.reduce((a, m) => a + m.inhabitants, 0);

function sameValue(a: unknown, b: unknown): boolean {
	if (Object.is(a, b)) return true;
	return typeof a === 'object' && typeof b === 'object' && JSON.stringify(a) === JSON.stringify(b);
}

function sameMunicipality(a: Municipality, b: Municipality): boolean {
	const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
	for (const k of keys) if (!sameValue(a[k], b[k])) return false;
	return true;
}

const isExample = (s: Scenario) => {
	if (s.region) return s.region.kind === 'voorbeeld';
	const codes = example.municipalities.map((m) => m.code);
	return (
		s.municipalities.length === codes.length &&
		s.municipalities.every((m, i) => m.code === codes[i])
	);
};

/** What a gemeente of the previous scenario looked like before any edit, if we know. */
function referenceOf(m: Municipality, fromExample: boolean): Municipality | undefined {
	if (fromExample) return example.municipalities.find((e) => e.code === m.code);
	const cbs = municipalityByCode(m.code);
	return cbs && municipalityOf(cbs);
}

/** Fields users set for the whole region at once (a region-wide slider), with the value new gemeenten get. */
const REGION_WIDE: { field: keyof Municipality; fallback: unknown }[] = [
	{ field: 'mutationRate', fallback: DEFAULT_MUTATION_RATE },
	{ field: 'mutationRateChangePerYear', fallback: undefined },
	{ field: 'populationGrowth', fallback: undefined },
	{ field: 'socialShareOfNewBuild', fallback: undefined },
	{ field: 'socialStockLossPerYear', fallback: undefined }
];

/** A region that cannot be opened: an unknown id, or an own region without gemeenten. */
export class RegionError extends Error {
	constructor(
		readonly kind: 'unknown' | 'empty',
		readonly region = ''
	) {
		super(kind === 'unknown' ? `unknown region ${region}` : 'own region without municipalities');
	}
}

/**
 * What switching regions could not keep, as facts: `i18n/notices.ts` says
 * them in the UI's language.
 */
export type RegionNotice =
	| { kind: 'unknownCodes'; codes: string[] }
	| { kind: 'baseYear'; from: number; to: number }
	| { kind: 'ownInputLost'; names: string[] }
	| { kind: 'currentUrgentsCleared'; names: string[] }
	| { kind: 'exampleDemand' }
	| { kind: 'demandFromExample' }
	| { kind: 'demandNoInhabitants' }
	| { kind: 'keyReset'; key: KeySpec['type'] }
	| { kind: 'fairShareKeyReset'; key: KeySpec['type'] }
	| { kind: 'groupKeyReset'; group: string; key: KeySpec['type'] };

function resolve(region: string | { codes: readonly string[] }, reset: RegionNotice[]): Region {
	const codes =
		typeof region !== 'string'
			? region.codes
			: region.startsWith('eigen:')
				? region.slice('eigen:'.length).split(',')
				: null;
	if (codes) {
		const { unknown, ...own } = customRegion(codes);
		if (unknown.length) {
			reset.push({ kind: 'unknownCodes', codes: unknown });
		}
		if (!own.codes.length) throw new RegionError('empty');
		return own;
	}
	const found = findRegion(region as string);
	if (!found) throw new RegionError('unknown', String(region));
	return found;
}

/**
 * The scenario for a region. Without `previous`: the CBS figures with the
 * default settings (the example: its own scenario). With `previous`: its
 * settings (keys, growth path, bounds, compensation, horizon, uncertainty,
 * extra fields), its gemeenten's own values where they are still in the
 * region, region-wide values, and its demand per 10,000 inhabitants (not
 * to or from the example, whose demand is its own). `reset` says what
 * could not be kept. Throws on an unknown region id or an empty
 * own region.
 */
export function scenarioForRegion(
	region: string | { codes: readonly string[] },
	previous?: Scenario
): { scenario: Scenario; reset: RegionNotice[] } {
	const reset: RegionNotice[] = [];
	const target = resolve(region, reset);
	const toExample = target.kind === 'voorbeeld';
	const info: NonNullable<Scenario['region']> = {
		id: target.id,
		label: target.label,
		kind: target.kind
	};

	const municipalities = target.codes.map((c) => municipalityByCode(c)).filter((m) => !!m);
	const fresh: Scenario = toExample
		? { ...structuredClone(example), region: info }
		: {
				format: 'verdeelwijzer-scenario',
				version: 1,
				name: target.label,
				region: info,
				baseYear: BASE_YEAR,
				horizonYears: 10,
				municipalities: municipalities.map(municipalityOf),
				demand: defaultDemand(sumInhabitants(municipalities)),
				key: { type: 'inhabitants' },
				fairShareKey: null,
				growthPath: { years: 0, gamma: 1 },
				bounds: { capShare: 0.3, floorShare: 0 },
				compensation: { pricePerHousehold: 0 },
				uncertainty: { runs: 0, seed: 1 }
			};
	if (!previous) return { scenario: fresh, reset };

	const fromExample = isExample(previous);
	const {
		format: _format,
		version: _version,
		name: _name,
		region: _region,
		baseYear,
		municipalities: oldMunicipalities,
		demand: oldDemand,
		...settings
	} = structuredClone(previous);
	const scenario: Scenario = { ...fresh, ...settings };

	if (baseYear !== fresh.baseYear) {
		reset.push({ kind: 'baseYear', from: baseYear, to: fresh.baseYear });
	}

	// Gemeenten: the previous values where the gemeente stays; the rest from the source.
	const kept = new Map(
		toExample || fromExample ? [] : oldMunicipalities.map((m) => [m.code, m] as const)
	);
	const added = fresh.municipalities.filter((m) => !kept.has(m.code));
	scenario.municipalities = fresh.municipalities.map((m) => kept.get(m.code) ?? m);

	// A value set for the whole previous region also holds for the gemeenten that join it.
	const carried: Partial<Municipality> = {};
	if (!toExample && !fromExample && oldMunicipalities.length > 1) {
		for (const { field, fallback } of REGION_WIDE) {
			const value = oldMunicipalities[0]![field];
			if (value === undefined || sameValue(value, fallback)) continue;
			if (oldMunicipalities.every((m) => sameValue(m[field], value))) carried[field] = value;
		}
		scenario.municipalities = scenario.municipalities.map((m) =>
			added.includes(m) ? { ...m, ...carried } : m
		);
	}

	const lost = oldMunicipalities.filter((m) => {
		if (kept.has(m.code) && target.codes.includes(m.code)) return false;
		const reference = referenceOf(m, fromExample);
		return !reference || !sameMunicipality(m, { ...reference, ...carried });
	});
	if (lost.length) {
		reset.push({ kind: 'ownInputLost', names: lost.map((m) => m.name) });
	}

	// Today's urgents for only part of the region would send all local demand there.
	const withCurrent = scenario.municipalities.filter((m) => m.currentUrgents !== undefined);
	if (withCurrent.length && withCurrent.length < scenario.municipalities.length && added.length) {
		scenario.municipalities = scenario.municipalities.map((m) => {
			if (m.currentUrgents === undefined) return m;
			const { currentUrgents: _dropped, ...rest } = m;
			return rest as Municipality;
		});
		reset.push({ kind: 'currentUrgentsCleared', names: withCurrent.map((m) => m.name) });
	}

	// Demand: per 10,000 inhabitants, unless the example (its own demand) is on either side.
	const oldInhabitants = sumInhabitants(oldMunicipalities);
	if (toExample) {
		reset.push({ kind: 'exampleDemand' });
	} else if (fromExample) {
		reset.push({ kind: 'demandFromExample' });
	} else if (!(oldInhabitants > 0)) {
		scenario.demand = defaultDemand(sumInhabitants(scenario.municipalities));
		reset.push({ kind: 'demandNoInhabitants' });
	} else {
		const newInhabitants = sumInhabitants(scenario.municipalities);
		const ratio = newInhabitants / oldInhabitants;
		const oldDefaults = new Map(defaultDemand(oldInhabitants).map((g) => [g.group, g]));
		const newDefaults = new Map(defaultDemand(newInhabitants).map((g) => [g.group, g]));
		scenario.demand = oldDemand.map((g) => {
			const before = oldDefaults.get(g.group);
			const after = newDefaults.get(g.group);
			// An untouched default is recomputed (no drift); a number the user typed is scaled and loses its basis.
			if ('basis' in g && before && after && close(g.perYear, before.perYear)) {
				return { ...g, perYear: after.perYear, basis: after.basis };
			}
			const next: DemandGroup = { ...g, perYear: tidy(g.perYear * ratio) };
			delete next.basis;
			return next;
		});
	}

	fixKeysWithoutWeight(scenario, reset);
	return { scenario, reset };
}

/** Keys that no gemeente of the new region has weight for fall back, and say so. */
function fixKeysWithoutWeight(s: Scenario, reset: RegionNotice[]) {
	const base = projectRegion(s.municipalities, 0)[0]!;
	const works = (key: KeySpec) => keyShares(key, base) !== null;
	if (!works(s.key)) {
		reset.push({ kind: 'keyReset', key: s.key.type });
		s.key = { type: 'inhabitants' };
	}
	if (s.fairShareKey && !works(s.fairShareKey)) {
		reset.push({ kind: 'fairShareKeyReset', key: s.fairShareKey.type });
		s.fairShareKey = null;
	}
	s.demand = s.demand.map((g) => {
		if (!g.key || works(g.key)) return g;
		reset.push({ kind: 'groupKeyReset', group: g.group, key: g.key.type });
		const { key: _key, ...rest } = g;
		return rest as DemandGroup;
	});
}
