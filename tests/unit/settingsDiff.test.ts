import { afterEach, describe, expect, it } from 'vitest';
import { settingsDiff } from '$lib/compare/settingsDiff';
import { DEFAULT_REGION_ID, scenarioForRegion } from '$lib/data/regions';
import { i18n } from '$lib/i18n/i18n.svelte';
import { setBounds, setKeyType } from '$lib/state/edits';

const base = scenarioForRegion(DEFAULT_REGION_ID).scenario;
const row = (rows: ReturnType<typeof settingsDiff>, label: string) =>
	rows.find((r) => r.label === label)!;

afterEach(() => (i18n.lang = 'nl'));

describe('settingsDiff: what differs between scenarios', () => {
	it('marks exactly the settings that were moved', () => {
		const other = setBounds(setKeyType(base, 'available'), { capShare: 0.25 });
		const rows = settingsDiff([base, other]);
		expect(rows.filter((r) => r.differs).map((r) => r.label)).toEqual([
			'Verdeelsleutel',
			'Maximaal aandeel toewijzingen aan urgenten'
		]);
		expect(row(rows, 'Verdeelsleutel').values).toEqual([
			'Inwoners',
			'Beschikbare sociale huurwoningen'
		]);
		expect(row(rows, 'Maximaal aandeel toewijzingen aan urgenten').values).toEqual(['30%', '25%']);
	});

	it('names demand groups, never their ids, in both languages', () => {
		const nl = row(settingsDiff([base, base]), 'Vraag per jaar').values[0]!;
		expect(nl).toContain('Statushouders');
		expect(nl).not.toMatch(/uitstroom-|statushouders /);
		i18n.lang = 'en';
		const en = row(settingsDiff([base, base]), 'Demand per year').values[0]!;
		expect(en).toContain('Refugees with a permit');
		expect(en).toContain('Leaving sheltered housing');
		expect(en).not.toContain('uitstroom-');
	});

	it('says when the settings are the same but a municipality’s figures differ', () => {
		const edited = {
			...base,
			municipalities: base.municipalities.map((m, i) => (i ? m : { ...m, mutationRate: 0.2 }))
		};
		const figures = settingsDiff([base, edited]).at(-1)!;
		expect(figures.differs).toBe(true);
		expect(figures.values[1]).toMatch(/andere cijfers$/);
		expect(figures.values[0]).not.toMatch(/andere cijfers/);
	});
});
