/**
 * The numeric fields of a scenario: their Dutch label, range and whether
 * they must be whole numbers. One table serves validation, messages and the
 * UI's inputs (min/max), so a range is written once.
 * Shares and rates are fractions (0..1); counts are households or persons.
 */

export interface NumberRule {
	/** Dutch label as users know it (glossary.md) */
	label: string;
	min: number;
	max: number;
	integer?: boolean;
	optional?: boolean;
}

// Upper limits keep every projected figure finite (30 years of growth included).
const PEOPLE = 1e9;

export const MUNICIPALITY_FIELDS = {
	inhabitants: { label: 'inwoners', min: 0, max: PEOPLE, integer: true },
	households: { label: 'huishoudens', min: 0, max: PEOPLE, integer: true, optional: true },
	vulnerable: { label: 'kwetsbare inwoners', min: 0, max: PEOPLE, optional: true },
	dwellings: { label: 'woningvoorraad', min: 0, max: PEOPLE },
	socialShare: { label: 'aandeel sociale huur', min: 0, max: 1 },
	mutationRate: { label: 'mutatiegraad', min: 0, max: 1 },
	currentUrgents: { label: 'urgenten per jaar nu', min: 0, max: PEOPLE, optional: true },
	populationGrowth: { label: 'bevolkingsgroei per jaar', min: -0.5, max: 0.5, optional: true },
	newDwellingsPerYear: { label: 'nieuwbouw per jaar', min: 0, max: 1e7, optional: true },
	socialShareOfNewBuild: {
		label: 'aandeel sociale huur in nieuwbouw',
		min: 0,
		max: 1,
		optional: true
	},
	socialStockLossPerYear: {
		label: 'verlies sociale voorraad per jaar',
		min: 0,
		max: 1,
		optional: true
	},
	mutationRateChangePerYear: {
		label: 'verandering mutatiegraad per jaar',
		min: -1,
		max: 1,
		optional: true
	},
	minPerYear: { label: 'minimum per jaar', min: 0, max: 1e8, optional: true },
	maxPerYear: { label: 'maximum per jaar', min: 0, max: 1e8, optional: true }
} satisfies Record<string, NumberRule>;

export type MunicipalityNumberField = keyof typeof MUNICIPALITY_FIELDS;

export const DEMAND_FIELDS = {
	perYear: { label: 'aantal per jaar', min: 0, max: 1e8 },
	trendPerYear: { label: 'trend per jaar', min: -0.5, max: 1, optional: true },
	cv: { label: 'variatiecoëfficiënt', min: 0, max: 10, optional: true }
} satisfies Record<string, NumberRule>;

export const SCENARIO_FIELDS = {
	baseYear: { label: 'basisjaar', min: 1900, max: 2200, integer: true },
	horizonYears: { label: 'horizon (jaren)', min: 1, max: 30, integer: true },
	growthPathYears: { label: 'groeipad (jaren)', min: 0, max: 30, integer: true },
	gamma: { label: 'vorm van het groeipad (γ)', min: 0.1, max: 10 },
	capShare: { label: 'maximaal aandeel toewijzingen aan urgenten', min: 0, max: 1 },
	floorShare: { label: 'ondergrens (aandeel van fair share)', min: 0, max: 1 },
	pricePerHousehold: { label: 'compensatie per huishouden', min: 0, max: 1e9 },
	runs: { label: 'aantal onzekerheidsruns', min: 0, max: 10000, integer: true },
	seed: { label: 'startwaarde (seed)', min: 0, max: 2 ** 31 - 1, integer: true },
	mutationRateSd: { label: 'spreiding mutatiegraad', min: 0, max: 1, optional: true },
	personsPerUrgentHousehold: {
		label: 'personen per urgent huishouden',
		min: 0,
		max: 20,
		optional: true
	},
	weight: { label: 'gewicht', min: 0, max: 1 }
} satisfies Record<string, NumberRule>;

/** Dutch labels of the non-numeric fields, for messages. */
export const OTHER_LABELS: Record<string, string> = {
	format: 'formaat',
	version: 'versie',
	name: 'naam',
	code: 'code',
	municipalities: 'gemeenten',
	demand: 'vraag',
	group: 'groep',
	distributable: 'verdeelbaar',
	statushouders: 'statushouders',
	key: 'verdeelsleutel',
	fairShareKey: 'fair share volgens',
	type: 'soort sleutel',
	weights: 'gewichten',
	growthPath: 'groeipad',
	years: 'groeipad (jaren)',
	bounds: 'grenzen',
	capCounts: 'wat het maximale aandeel telt',
	compensation: 'compensatie',
	uncertainty: 'onzekerheid',
	proposals: 'voorstellen',
	id: 'kenmerk',
	by: 'ingebracht door',
	limits: 'minima en maxima per gemeente',
	rule: 'regel',
	agreed: 'datum akkoord'
};

/** The Dutch label of a field key wherever it occurs. */
export function fieldLabel(key: string): string {
	const tables: Record<string, NumberRule>[] = [
		MUNICIPALITY_FIELDS,
		DEMAND_FIELDS,
		SCENARIO_FIELDS
	];
	for (const table of tables) if (key in table) return table[key]!.label;
	return OTHER_LABELS[key] ?? key;
}
