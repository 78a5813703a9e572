/**
 * The name of every scenario field in messages and files, in Dutch and
 * English ("inwoners" / "inhabitants"). A municipality field is named by its
 * table column (messages.ts); the other fields are named here. The table's
 * type lists every field of model/fields.ts, so a field without a name in
 * either language fails the type check.
 */
import type { DEMAND_FIELDS, MUNICIPALITY_FIELDS, SCENARIO_FIELDS } from '../model/fields';
import { textIn, type Lang } from './locale';
import type { MessageKey } from './messages';

export type MunicipalityField = keyof typeof MUNICIPALITY_FIELDS;

/** The column of each municipality field (capitalised, as in the table and the files). */
export const FIELD_TEXT: Record<MunicipalityField, MessageKey> = {
	inhabitants: 'colInhabitants',
	households: 'colHouseholds',
	vulnerable: 'colVulnerable',
	dwellings: 'colDwellings',
	socialShare: 'colSocialShare',
	mutationRate: 'colMutationRate',
	currentUrgents: 'colCurrentUrgents',
	populationGrowth: 'colPopulationGrowth',
	newDwellingsPerYear: 'colNewDwellings',
	socialShareOfNewBuild: 'colSocialShareOfNewBuild',
	socialStockLossPerYear: 'colSocialStockLoss',
	mutationRateChangePerYear: 'colMutationRateChange',
	minPerYear: 'colMinPerYear',
	maxPerYear: 'colMaxPerYear'
};

type OtherField =
	| keyof typeof DEMAND_FIELDS
	| keyof typeof SCENARIO_FIELDS
	| 'format'
	| 'version'
	| 'name'
	| 'code'
	| 'municipalities'
	| 'demand'
	| 'group'
	| 'distributable'
	| 'statushouders'
	| 'key'
	| 'fairShareKey'
	| 'type'
	| 'weights'
	| 'growthPath'
	| 'years'
	| 'bounds'
	| 'capCounts'
	| 'compensation'
	| 'uncertainty'
	| 'proposals'
	| 'id'
	| 'by'
	| 'limits'
	| 'rule'
	| 'agreed';

const OTHER_NAMES: Record<OtherField, Record<Lang, string>> = {
	perYear: { nl: 'aantal per jaar', en: 'number per year' },
	trendPerYear: { nl: 'trend per jaar', en: 'trend per year' },
	cv: { nl: 'variatiecoëfficiënt', en: 'coefficient of variation' },
	baseYear: { nl: 'basisjaar', en: 'base year' },
	horizonYears: { nl: 'horizon (jaren)', en: 'horizon (years)' },
	growthPathYears: { nl: 'groeipad (jaren)', en: 'growth path (years)' },
	gamma: { nl: 'vorm van het groeipad (γ)', en: 'shape of the growth path (γ)' },
	capShare: {
		nl: 'maximaal aandeel toewijzingen aan urgenten',
		en: 'maximum share of relettings to urgents'
	},
	floorShare: { nl: 'ondergrens (aandeel van fair share)', en: 'floor (share of fair share)' },
	pricePerHousehold: { nl: 'compensatie per huishouden', en: 'compensation per household' },
	runs: { nl: 'aantal onzekerheidsruns', en: 'number of uncertainty runs' },
	seed: { nl: 'startwaarde (seed)', en: 'seed' },
	mutationRateSd: { nl: 'spreiding mutatiegraad', en: 'spread of the mutation rate' },
	personsPerUrgentHousehold: {
		nl: 'personen per urgent huishouden',
		en: 'persons per urgent household'
	},
	weight: { nl: 'gewicht', en: 'weight' },
	format: { nl: 'formaat', en: 'format' },
	version: { nl: 'versie', en: 'version' },
	name: { nl: 'naam', en: 'name' },
	code: { nl: 'code', en: 'code' },
	municipalities: { nl: 'gemeenten', en: 'municipalities' },
	demand: { nl: 'vraag', en: 'demand' },
	group: { nl: 'groep', en: 'group' },
	distributable: { nl: 'verdeelbaar', en: 'distributable' },
	statushouders: { nl: 'statushouders', en: 'refugees' },
	key: { nl: 'verdeelsleutel', en: 'allocation key' },
	fairShareKey: { nl: 'fair share volgens', en: 'fair share by' },
	type: { nl: 'soort sleutel', en: 'kind of key' },
	weights: { nl: 'gewichten', en: 'weights' },
	growthPath: { nl: 'groeipad', en: 'growth path' },
	years: { nl: 'groeipad (jaren)', en: 'growth path (years)' },
	bounds: { nl: 'grenzen', en: 'bounds' },
	capCounts: { nl: 'wat het maximale aandeel telt', en: 'what the maximum share counts' },
	compensation: { nl: 'compensatie', en: 'compensation' },
	uncertainty: { nl: 'onzekerheid', en: 'uncertainty' },
	proposals: { nl: 'voorstellen', en: 'proposals' },
	id: { nl: 'kenmerk', en: 'identifier' },
	by: { nl: 'ingebracht door', en: 'brought in by' },
	limits: { nl: 'minima en maxima per gemeente', en: 'minima and maxima per municipality' },
	rule: { nl: 'regel', en: 'rule' },
	agreed: { nl: 'datum akkoord', en: 'date agreed' }
};

/** The name of a field key in `lang`, lower case ("mutatiegraad"); an unknown key is itself. */
export function fieldName(key: string, lang: Lang): string {
	if (Object.hasOwn(FIELD_TEXT, key)) {
		return textIn(lang, FIELD_TEXT[key as MunicipalityField]).toLowerCase();
	}
	if (Object.hasOwn(OTHER_NAMES, key)) return OTHER_NAMES[key as OtherField][lang];
	return key;
}

/** The Dutch column name of a municipality field in files ("Mutatiegraad"). */
export const fileColumn = (field: MunicipalityField): string => textIn('nl', FIELD_TEXT[field]);
