/**
 * The numeric fields of a scenario: their range and whether they must be
 * whole numbers. One table serves validation and the UI's inputs (min/max),
 * so a range is written once; their names are words (i18n/fieldNames.ts).
 * Shares and rates are fractions (0..1); counts are households or persons.
 */

export interface NumberRule {
	min: number;
	max: number;
	integer?: boolean;
	optional?: boolean;
}

// Upper limits keep every projected figure finite (30 years of growth included).
const PEOPLE = 1e9;

export const MUNICIPALITY_FIELDS = {
	inhabitants: { min: 0, max: PEOPLE, integer: true },
	households: { min: 0, max: PEOPLE, integer: true, optional: true },
	vulnerable: { min: 0, max: PEOPLE, optional: true },
	dwellings: { min: 0, max: PEOPLE },
	socialShare: { min: 0, max: 1 },
	mutationRate: { min: 0, max: 1 },
	currentUrgents: { min: 0, max: PEOPLE, optional: true },
	populationGrowth: { min: -0.5, max: 0.5, optional: true },
	newDwellingsPerYear: { min: 0, max: 1e7, optional: true },
	socialShareOfNewBuild: { min: 0, max: 1, optional: true },
	socialStockLossPerYear: { min: 0, max: 1, optional: true },
	mutationRateChangePerYear: { min: -1, max: 1, optional: true },
	minPerYear: { min: 0, max: 1e8, optional: true },
	maxPerYear: { min: 0, max: 1e8, optional: true }
} satisfies Record<string, NumberRule>;

export type MunicipalityNumberField = keyof typeof MUNICIPALITY_FIELDS;

export const DEMAND_FIELDS = {
	perYear: { min: 0, max: 1e8 },
	trendPerYear: { min: -0.5, max: 1, optional: true },
	cv: { min: 0, max: 10, optional: true }
} satisfies Record<string, NumberRule>;

export const SCENARIO_FIELDS = {
	baseYear: { min: 1900, max: 2200, integer: true },
	horizonYears: { min: 1, max: 30, integer: true },
	growthPathYears: { min: 0, max: 30, integer: true },
	gamma: { min: 0.1, max: 10 },
	capShare: { min: 0, max: 1 },
	floorShare: { min: 0, max: 1 },
	pricePerHousehold: { min: 0, max: 1e9 },
	runs: { min: 0, max: 10000, integer: true },
	seed: { min: 0, max: 2 ** 31 - 1, integer: true },
	mutationRateSd: { min: 0, max: 1, optional: true },
	personsPerUrgentHousehold: { min: 0, max: 20, optional: true },
	weight: { min: 0, max: 1 }
} satisfies Record<string, NumberRule>;
