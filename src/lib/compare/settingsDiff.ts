/**
 * What differs between scenarios: one row per setting, the value of each
 * scenario as Dutch text, and whether they differ. Used by the comparison
 * view so "Inwoners, groeipad 5 jaar" against "Beschikbaar, maximaal 30 %"
 * shows exactly which levers were moved.
 */
import type { KeySpec, Scenario } from '$lib/model';

export interface SettingRow {
	label: string;
	values: string[];
	differs: boolean;
}

const pct = (x: number) => `${Math.round(x * 1000) / 10} %`.replace('.', ',');
const KEY_NAMES = {
	inhabitants: 'inwoners',
	socialStock: 'sociale huurwoningen',
	available: 'beschikbare sociale huurwoningen'
} as const;

export function keyText(key: KeySpec | null): string {
	if (!key) return 'zelfde als de verdeelsleutel';
	if (key.type !== 'composite') return KEY_NAMES[key.type];
	const w = key.weights;
	return `samengesteld (inwoners ${pct(w.inhabitants)}, sociale huurwoningen ${pct(w.socialStock)}, beschikbare ${pct(w.available)})`;
}

const shape = (gamma: number) =>
	gamma === 1 ? 'gelijkmatig' : gamma < 1 ? 'snel eerst' : 'langzaam eerst';

const SETTINGS: { label: string; text: (s: Scenario) => string }[] = [
	{ label: 'Regio', text: (s) => (s.region as { label?: string } | undefined)?.label ?? s.name },
	{ label: 'Verdeelsleutel', text: (s) => keyText(s.key) },
	{ label: 'Fair share volgens', text: (s) => keyText(s.fairShareKey) },
	{
		label: 'Groeipad',
		text: (s) =>
			s.growthPath.years
				? `${s.growthPath.years} jaar, ${shape(s.growthPath.gamma)}`
				: 'geen (direct)'
	},
	{ label: 'Horizon', text: (s) => `${s.horizonYears} jaar vanaf ${s.baseYear}` },
	{
		label: 'Maximaal aandeel toewijzingen aan urgenten',
		text: (s) => (s.bounds.capShare === null ? 'geen maximum' : pct(s.bounds.capShare))
	},
	{
		label: 'Cap telt',
		text: (s) =>
			(s.bounds.capCounts ?? 'priority') === 'priority'
				? 'urgenten en statushouders'
				: 'alleen urgenten'
	},
	{ label: 'Ondergrens', text: (s) => pct(s.bounds.floorShare) },
	{ label: 'Compensatie per huishouden', text: (s) => `€ ${s.compensation.pricePerHousehold}` },
	{
		label: 'Vraag per jaar',
		text: (s) =>
			s.demand
				.map((g) => `${g.group} ${Math.round(g.perYear * 10) / 10}`.replace('.', ','))
				.join('; ')
	},
	{
		label: 'Mutatiegraad',
		text: (s) => {
			const rates = [...new Set(s.municipalities.map((m) => m.mutationRate))];
			return rates.length === 1 ? pct(rates[0]) : 'verschilt per gemeente';
		}
	},
	{
		label: 'Gegevens per gemeente',
		text: (s) => `${s.municipalities.length} gemeenten`
	}
];

export function settingsDiff(scenarios: Scenario[]): SettingRow[] {
	const rows = SETTINGS.map(({ label, text }) => {
		const values = scenarios.map(text);
		return { label, values, differs: new Set(values).size > 1 };
	});
	// Same settings but other figures (an edited mutation rate in one municipality, say): say so.
	const figures = scenarios.map((s) => JSON.stringify(s.municipalities));
	rows[rows.length - 1].differs ||= new Set(figures).size > 1;
	if (rows[rows.length - 1].differs && new Set(rows[rows.length - 1].values).size === 1) {
		rows[rows.length - 1].values = scenarios.map(
			(s, i) =>
				`${s.municipalities.length} gemeenten${i && figures[i] !== figures[0] ? ', andere cijfers' : ''}`
		);
	}
	return rows;
}
