/**
 * What differs between scenarios: one row per setting, the value of each
 * scenario as text in the UI's language, and whether they differ. Used by
 * the comparison view so "Inwoners, groeipad 5 jaar" against "Beschikbaar,
 * maximaal 30 %" shows exactly which levers were moved.
 */
import { i18n } from '$lib/i18n/i18n.svelte';
import type { Scenario } from '$lib/model';

export interface SettingRow {
	label: string;
	values: string[];
	differs: boolean;
}

const shape = (gamma: number) =>
	i18n.t(gamma === 1 ? 'shapeEven' : gamma < 1 ? 'shapeFast' : 'shapeSlow');

const SETTINGS: { label: () => string; text: (s: Scenario) => string }[] = [
	{ label: () => i18n.t('diffRegion'), text: (s) => s.region?.label ?? s.name },
	{ label: () => i18n.t('key'), text: (s) => i18n.keyName(s.key) },
	{
		label: () => i18n.t('fairShareKey'),
		text: (s) => (s.fairShareKey ? i18n.keyName(s.fairShareKey) : i18n.t('sameAsKey'))
	},
	{
		label: () => i18n.t('diffGrowthPath'),
		text: (s) =>
			s.growthPath.years
				? i18n.t('diffGrowthValue', { years: s.growthPath.years, shape: shape(s.growthPath.gamma) })
				: i18n.t('diffGrowthNone')
	},
	{
		label: () => i18n.t('diffHorizon'),
		text: (s) => i18n.t('diffHorizonValue', { years: s.horizonYears, base: s.baseYear })
	},
	{
		label: () => i18n.t('cap'),
		text: (s) =>
			s.bounds.capShare === null ? i18n.t('diffNoCap') : i18n.percent1(s.bounds.capShare)
	},
	{
		label: () => i18n.t('capCounts'),
		text: (s) =>
			i18n.t(
				(s.bounds.capCounts ?? 'priority') === 'priority' ? 'capCountsPriority' : 'capCountsUrgents'
			)
	},
	{ label: () => i18n.t('diffFloor'), text: (s) => i18n.percent1(s.bounds.floorShare) },
	{ label: () => i18n.t('diffPrice'), text: (s) => i18n.euro(s.compensation.pricePerHousehold) },
	{
		label: () => i18n.t('demand'),
		text: (s) => s.demand.map((g) => `${i18n.group(g.group)} ${i18n.decimal(g.perYear)}`).join('; ')
	},
	{
		label: () => i18n.t('mutationRate'),
		text: (s) => {
			const rates = [...new Set(s.municipalities.map((m) => m.mutationRate))];
			return rates.length === 1 ? i18n.percent1(rates[0]!) : i18n.t('mutationRateVaries');
		}
	},
	{
		label: () => i18n.t('diffFigures'),
		text: (s) => i18n.t('diffMunicipalities', { n: s.municipalities.length })
	}
];

export function settingsDiff(scenarios: Scenario[]): SettingRow[] {
	const rows = SETTINGS.map(({ label, text }) => {
		const values = scenarios.map(text);
		return { label: label(), values, differs: new Set(values).size > 1 };
	});
	// Same settings but other figures (an edited mutation rate in one municipality, say): say so.
	const figures = scenarios.map((s) => JSON.stringify(s.municipalities));
	const last = rows[rows.length - 1]!;
	last.differs ||= new Set(figures).size > 1;
	if (last.differs && new Set(last.values).size === 1) {
		last.values = scenarios.map((s, i) =>
			i18n.t(i && figures[i] !== figures[0] ? 'diffOtherFigures' : 'diffMunicipalities', {
				n: s.municipalities.length
			})
		);
	}
	return rows;
}
