/**
 * The scenario (input) and result (output) of the allocation model.
 *
 * Terms follow `model.md` and the glossary: a region is an ordered list of
 * municipalities; a key turns it into shares that sum to 1; demand groups
 * are counted in households per year; rates and shares are fractions (0..1),
 * never percentages. Field names are the contract of `scenario-format.md`.
 */
import type { SpreadingAnalysis } from './spreading';

export type BasicKeyType = 'inhabitants' | 'socialStock' | 'available';
export const BASIC_KEYS: readonly BasicKeyType[] = ['inhabitants', 'socialStock', 'available'];

export type KeySpec =
	{ type: BasicKeyType } | { type: 'composite'; weights: Record<BasicKeyType, number> };

export interface Municipality {
	code: string;
	name: string;
	/** inwoners, persons */
	inhabitants: number;
	/** huishoudens */
	households?: number;
	/** kwetsbare inwoners, persons, <= inhabitants */
	vulnerable?: number;
	/** woningvoorraad, dwellings */
	dwellings: number;
	/** aandeel sociale huur in the stock, 0..1 */
	socialShare: number;
	/** mutatiegraad of the social stock, relettings per social dwelling per year, 0..1 */
	mutationRate: number;
	/** urgents housed per year today ("oude situatie"), households */
	currentUrgents?: number;
	/** inhabitants growth per year, fraction */
	populationGrowth?: number;
	/** new dwellings per year */
	newDwellingsPerYear?: number;
	/** social share of new build, 0..1 */
	socialShareOfNewBuild?: number;
	/** share of the social stock lost per year (sales, demolition), 0..1 */
	socialStockLossPerYear?: number;
	/** change of the mutation rate per year, absolute */
	mutationRateChangePerYear?: number;
	/** agreed minimum of distributable urgent households a year (the seed's "minima") */
	minPerYear?: number;
	/** agreed maximum of distributable urgent households a year (the seed's "maxima") */
	maxPerYear?: number;
	[extra: string]: unknown;
}

export interface DemandGroup {
	/** id, e.g. `uitstroom-bw` (glossary) or a group the user adds */
	group: string;
	/** households per year for the whole region in the base year */
	perYear: number;
	/** growth of the group per year, fraction */
	trendPerYear?: number;
	/** false: stays where it arises (by today's urgents, else by inhabitants) */
	distributable: boolean;
	/** statushouders: allocated by inhabitants, counted as priority households */
	statushouders?: boolean;
	/** a distributable group's own key: allocated directly, no growth path, no bounds */
	key?: KeySpec;
	/** coefficient of variation for the uncertainty runs */
	cv?: number;
	[extra: string]: unknown;
}

export interface Scenario {
	format: 'verdeelwijzer-scenario';
	version: 1;
	name: string;
	baseYear: number;
	horizonYears: number;
	municipalities: Municipality[];
	demand: DemandGroup[];
	key: KeySpec;
	/** the fair-share norm; null: the same as `key` */
	fairShareKey: KeySpec | null;
	growthPath: { years: number; gamma: number };
	bounds: { capShare: number | null; floorShare: number; capCounts?: CapCounts };
	compensation: { pricePerHousehold: number };
	uncertainty: { runs: number; seed: number; mutationRateSd?: number };
	/** persons added to the vulnerable inhabitants per urgent household (model.md §6) */
	personsPerUrgentHousehold?: number;
	/** the region a scenario was generated for (an extra field of the format, kept as read) */
	region?: { id?: string; label?: string; kind?: string };
	[extra: string]: unknown;
}

/**
 * What counts against the cap (model.md §5.4): `priority` urgents of all groups and
 * statushouders (the default), `urgents` urgents only (seed `003_…`).
 */
export type CapCounts = 'priority' | 'urgents';
export const CAP_COUNTS: readonly CapCounts[] = ['priority', 'urgents'];

interface WarningBase {
	year: number;
	/** codes of the municipalities concerned (empty for the whole region) */
	codes: string[];
}

/**
 * A model warning: its kind and the facts, no text. The UI renders it in its
 * language (src/lib/i18n/warnings.ts), the headless run prints the facts.
 */
export type ModelWarning = WarningBase &
	(
		| { kind: 'unplaced'; /** households no municipality could take */ amount: number }
		| { kind: 'floorsScaled' }
		| { kind: 'noRelettings' }
		| { kind: 'overCap'; capShare: number; capCounts: CapCounts }
		| { kind: 'keyWithoutWeight'; key: KeySpec['type'] }
		/** municipalities with room left while households stay unplaced: weight 0 in the key */
		| { kind: 'roomWithoutWeight'; amount: number }
		/** municipalities whose maxPerYear is below their minPerYear (the maximum wins) */
		| { kind: 'maxBelowMin' }
		/** municipalities that own-key groups alone take past their maxPerYear */
		| { kind: 'overMaximum' }
	);

export type WarningKind = ModelWarning['kind'];

export interface YearResult {
	year: number;
	/** all distributable demand (own-key groups included), households */
	demand: number;
	/** shares of the scenario key on this year's values */
	targetShares: number[];
	/** growth-path shares q(t) */
	pathShares: number[];
	/** real allocation x*(t) of the distributable demand (own-key groups included) */
	exact: number[];
	/** integer households h(t) */
	households: number[];
	/** fair(t) = demand * fair-share key */
	fairShare: number[];
	/** exact - fairShare: this year's over (+) or under (−) delivery */
	deviation: number[];
	/** available social dwellings A(t) */
	relettings: number[];
	/** households of non-distributable urgent groups, real */
	nonDistributable: number[];
	/** statushouders households, real */
	statushouders: number[];
	/** (urgent + statushouder households) / A(t); null where A(t) = 0 */
	priorityShare: (number | null)[];
	/** relettings left for regular home seekers: A(t) - priority households */
	regularRelettings: number[];
	/** regularRelettings - (A(0) - currentUrgents - today's statushouders) */
	regularChange: number[];
	/** priority share above the cap, or households where there are no relettings */
	overCap: boolean[];
	/** how many municipalities are flagged in `overCap` */
	overCapCount: number;
	/** at the cap and below fair share: the cap, not the key, holds it there */
	heldByCap: boolean[];
	/** cumulative deviation from fair share up to this year (over-delivery positive) */
	ledger: number[];
	/** the balanced compensation of the ledger up to this year, euros (positive: receives) */
	compensation: number[];
	inhabitants: number[];
	spreadingIndex: number;
	/** households no municipality could take: the exact shortfall of the bounds (rounding adds none) */
	unplaced: number;
	/** an upper bound (cap or maximum) held some municipality below its path allocation */
	capBinds: boolean;
}

export interface SimulationResult {
	years: number[];
	codes: string[];
	names: string[];
	/** base-year (t = 0) shares of the three keys */
	keys: Record<BasicKeyType, number[]>;
	/** today's distribution of urgents (shares of currentUrgents), null when none is given */
	currentShares: number[] | null;
	/** each municipality's share of the region's vulnerable inhabitants, null when not given */
	vulnerableShares: number[] | null;
	/** vulnerable / inhabitants at t = 0 and after the horizon; null per municipality without data */
	vulnerableConcentration: { base: (number | null)[]; horizon: (number | null)[] };
	byYear: YearResult[];
	/** urgent households per 1.000 inhabitants and per 100 social-rent dwellings (spreading.ts) */
	spreading: SpreadingAnalysis;
	/** L(T) */
	ledger: number[];
	/** signed payments (positive: receives), balanced */
	compensation: number[];
	warnings: ModelWarning[];
	/** with `uncertainty.runs` > 0 (model.md §7), else null */
	uncertainty: UncertaintyResult | null;
}

/** Per year (outer) and municipality (inner), over the uncertainty runs. */
export interface Percentiles {
	households: number[][];
	/** null where a municipality had no relettings in every run */
	priorityShare: (number | null)[][];
}

export interface UncertaintyResult {
	runs: number;
	seed: number;
	p10: Percentiles;
	p50: Percentiles;
	p90: Percentiles;
	/** mean households over the runs (converges to the deterministic exact allocation without a binding cap) */
	meanHouseholds: number[][];
	/** in some run an upper bound clipped the draws, so the mean lies below the exact allocation */
	capBinds: boolean;
	/** share of runs in which the priority share is above the cap (or households land without relettings) */
	pOverCap: number[][];
}
