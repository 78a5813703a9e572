import { describe, expect, it } from 'vitest';
import {
	MUNICIPALITIES,
	NATIONAL_TOTALS,
	URGENT_DEMAND_ASSUMPTION,
	municipalityByCode
} from '$lib/data/cbs';
import {
	DEFAULT_REGION_ID,
	EXAMPLE_REGION_ID,
	customRegion,
	findRegion,
	listRegions,
	scenarioForRegion,
	type Region
} from '$lib/data/regions';
import { noticeText, regionErrorText } from '$lib/i18n/notices';
import { simulate } from '$lib/model/engine';
import { parseScenario } from '$lib/model/scenario';
import type { Scenario } from '$lib/model/types';
import bijlage5 from '$lib/scenarios/bijlage5.json';
import { issueText } from '$lib/i18n/issues';

const thrown = (f: () => unknown): unknown => {
	try {
		f();
	} catch (e) {
		return e;
	}
	throw new Error('did not throw');
};

const ALL_CODES = MUNICIPALITIES.map((m) => m.code).sort();
const regions = listRegions();
const ofKind = (kind: Region['kind']) => regions.filter((r) => r.kind === kind);
const inhabitantsOf = (s: Scenario) => s.municipalities.reduce((a, m) => a + m.inhabitants, 0);
const perYear = (s: Scenario, group: string) => s.demand.find((g) => g.group === group)!.perYear;

function expectPartition(list: Region[]) {
	const codes = list.flatMap((r) => r.codes);
	expect(codes).toHaveLength(342); // no gemeente in two regions
	expect([...codes].sort()).toEqual(ALL_CODES); // and none left out
}

/** Every number in a result is finite; null is allowed (a share where A = 0). */
function expectNoNaN(x: unknown, path = 'result') {
	if (typeof x === 'number') expect(Number.isFinite(x), path).toBe(true);
	else if (Array.isArray(x)) x.forEach((y, i) => expectNoNaN(y, `${path}[${i}]`));
	else if (x && typeof x === 'object') {
		for (const [k, y] of Object.entries(x)) expectNoNaN(y, `${path}.${k}`);
	}
}

function expectValid(s: Scenario): Scenario {
	const parsed = parseScenario(s);
	if (!parsed.ok) expect.fail(parsed.issues.map((i) => issueText(i, 'nl')).join('\n'));
	return parsed.scenario;
}

describe('listRegions', () => {
	it('lists Heel Nederland, 12 provinces, 35 arbeidsmarktregio’s and the example, in that order', () => {
		expect(regions.map((r) => r.kind)).toEqual([
			'land',
			...Array(12).fill('provincie'),
			...Array(35).fill('arbeidsmarktregio'),
			'voorbeeld'
		]);
		expect(regions[0]).toMatchObject({ label: 'Heel Nederland' });
		expect([...regions[0]!.codes].sort()).toEqual(ALL_CODES);
		expect(new Set(regions.map((r) => r.id)).size).toBe(regions.length);
		expect(ofKind('provincie').map((r) => r.label)).toContain('Provincie Noord-Brabant');
		expect(ofKind('provincie')[0]!.label).toBe('Provincie Drenthe');
	});

	it('the 12 provinces partition the 342 gemeenten', () => {
		expect(ofKind('provincie')).toHaveLength(12);
		expectPartition(ofKind('provincie'));
	});

	it('the 35 arbeidsmarktregio’s partition the 342 gemeenten', () => {
		expect(ofKind('arbeidsmarktregio')).toHaveLength(35);
		expectPartition(ofKind('arbeidsmarktregio'));
	});

	it('a region’s gemeenten belong to it in the data', () => {
		for (const r of ofKind('arbeidsmarktregio')) {
			const name = r.label.replace('Arbeidsmarktregio ', '');
			for (const c of r.codes) expect(municipalityByCode(c)!.arbeidsmarktregio).toBe(name);
		}
	});

	it('returns copies: changing one does not change the list', () => {
		listRegions()[0]!.codes.length = 0;
		expect(listRegions()[0]!.codes).toHaveLength(342);
	});

	it('finds every listed region by id, and own regions by their codes', () => {
		for (const r of regions) expect(findRegion(r.id)).toEqual(r);
		expect(findRegion('eigen:GM0037,GM0014')).toMatchObject({
			kind: 'eigen',
			codes: ['GM0014', 'GM0037'],
			label: 'Eigen regio (2 gemeenten)'
		});
		expect(findRegion('provincie:atlantis')).toBeUndefined();
		expect(findRegion('eigen:GM9999')).toBeUndefined();
	});
});

describe('the default region', () => {
	it('is the arbeidsmarktregio Groningen, with the city of Groningen in it', () => {
		const region = findRegion(DEFAULT_REGION_ID)!;
		expect(region.kind).toBe('arbeidsmarktregio');
		expect(region.label).toBe('Arbeidsmarktregio Groningen');
		expect(region.codes).toContain('GM0014');
		const { scenario, reset } = scenarioForRegion(DEFAULT_REGION_ID);
		expect(scenario.name).toBe('Arbeidsmarktregio Groningen');
		expect(scenario.municipalities.map((m) => m.code).sort()).toEqual([...region.codes].sort());
		expect(reset).toEqual([]);
	});
});

describe('scenarioForRegion without a previous scenario', () => {
	it.each(regions.map((r) => [r.label, r.id]))(
		'%s gives a valid scenario that the engine runs without NaN',
		(_label, id) => {
			const { scenario } = scenarioForRegion(id);
			const valid = expectValid(scenario);
			const result = simulate(valid);
			expect(result.byYear).toHaveLength(valid.horizonYears);
			expectNoNaN(result);
		}
	);

	it('maps the CBS figures onto the model: social share = corporation share, mutation rate 7 %', () => {
		const { scenario } = scenarioForRegion(DEFAULT_REGION_ID);
		const groningen = scenario.municipalities.find((m) => m.code === 'GM0014');
		expect(groningen).toEqual({
			code: 'GM0014',
			name: 'Groningen',
			inhabitants: 244_441,
			households: 145_521,
			dwellings: 125_028,
			socialShare: 0.33,
			mutationRate: 0.07
		});
		for (const m of scenario.municipalities) expect(m.currentUrgents).toBeUndefined();
	});

	it('uses the default settings: by inhabitants, no growth path, cap 30 %, 10 years from 2025', () => {
		const { scenario } = scenarioForRegion('provincie:utrecht');
		expect(scenario).toMatchObject({
			format: 'verdeelwijzer-scenario',
			version: 1,
			baseYear: 2025,
			horizonYears: 10,
			key: { type: 'inhabitants' },
			fairShareKey: null,
			growthPath: { years: 0, gamma: 1 },
			bounds: { capShare: 0.3, floorShare: 0 },
			compensation: { pricePerHousehold: 0 },
			uncertainty: { runs: 0, seed: 1 }
		});
	});

	it('Heel Nederland: statushouders 11,000 a year, urgents 10 per 10,000 inhabitants (aanname)', () => {
		const { scenario } = scenarioForRegion('land:nederland');
		expect(inhabitantsOf(scenario)).toBe(NATIONAL_TOTALS.inhabitants);
		const statushouders = scenario.demand.find((g) => g.statushouders)!;
		expect(statushouders).toMatchObject({
			group: 'statushouders',
			perYear: 11_000,
			distributable: false,
			statushouders: true
		});
		const urgent = scenario.demand.filter((g) => !g.statushouders);
		expect(urgent.map((g) => g.group)).toEqual(URGENT_DEMAND_ASSUMPTION.map((a) => a.group));
		for (const g of urgent) expect(g.basis).toBe('aanname');
		const total = urgent.reduce((a, g) => a + g.perYear, 0);
		expect(total).toBeCloseTo((10 * 18_044_027) / 10_000, 1);
		expect(perYear(scenario, 'mantelzorg')).toBeGreaterThan(0);
		expect(scenario.demand.find((g) => g.group === 'mantelzorg')!.distributable).toBe(false);
	});

	it('a region’s statushouders are 11,000 × its share of the inhabitants', () => {
		const { scenario } = scenarioForRegion(DEFAULT_REGION_ID);
		const expected = (11_000 * inhabitantsOf(scenario)) / 18_044_027;
		expect(perYear(scenario, 'statushouders')).toBeCloseTo(expected, 2);
		expect(perYear(scenario, 'uitstroom-bw')).toBeCloseTo((2 * inhabitantsOf(scenario)) / 1e4, 2);
	});

	it('the example is the seed’s Bijlage 5 scenario itself', () => {
		const { scenario, reset } = scenarioForRegion(EXAMPLE_REGION_ID);
		const { region, ...rest } = scenario;
		expect(rest).toEqual(bijlage5);
		expect(region).toMatchObject({ id: EXAMPLE_REGION_ID, kind: 'voorbeeld' });
		expect(reset).toEqual([]);
	});

	it('an own region: unknown codes are left out and reported, repeats count once', () => {
		const { scenario, reset } = scenarioForRegion({
			codes: ['GM0037', 'GM9999', 'GM0014', 'GM0037']
		});
		expect(scenario.municipalities.map((m) => m.name)).toEqual(['Groningen', 'Stadskanaal']);
		expect(scenario.name).toBe('Eigen regio (2 gemeenten)');
		expect(reset).toHaveLength(1);
		expect(noticeText(reset[0]!)).toContain('GM9999');
		expectValid(scenario);
		expect(customRegion(['GM0014']).label).toBe('Eigen regio (1 gemeente)');
	});

	it('refuses an unknown region and an own region without gemeenten', () => {
		expect(regionErrorText(thrown(() => scenarioForRegion('provincie:atlantis')))).toBe(
			'Onbekende regio ‘provincie:atlantis’.'
		);
		for (const codes of [[], ['XX']]) {
			expect(regionErrorText(thrown(() => scenarioForRegion({ codes })))).toBe(
				'Kies minstens één gemeente voor een eigen regio.'
			);
		}
	});
});

/** The default region with every setting changed, as a user would leave it. */
function editedGroningen(): Scenario {
	const { scenario } = scenarioForRegion(DEFAULT_REGION_ID);
	return {
		...scenario,
		key: { type: 'composite', weights: { inhabitants: 0.5, socialStock: 0.25, available: 0.25 } },
		fairShareKey: { type: 'socialStock' },
		growthPath: { years: 5, gamma: 2 },
		bounds: { capShare: 0.25, floorShare: 0.5 },
		compensation: { pricePerHousehold: 25_000 },
		horizonYears: 15,
		uncertainty: { runs: 200, seed: 7, mutationRateSd: 0.01 },
		note: 'eigen veld'
	};
}

describe('changing region', () => {
	it('keeps key, fair-share key, growth path, bounds, compensation, horizon and extra fields', () => {
		const previous = editedGroningen();
		const { scenario, reset } = scenarioForRegion('provincie:friesland', previous);
		for (const field of [
			'key',
			'fairShareKey',
			'growthPath',
			'bounds',
			'compensation',
			'horizonYears',
			'uncertainty',
			'note'
		]) {
			expect(scenario[field], field).toEqual(previous[field]);
		}
		expect(scenario.name).toBe('Provincie Friesland');
		expect(scenario.municipalities.every((m) => m.code !== 'GM0014')).toBe(true);
		expect(reset).toEqual([]);
		expectNoNaN(simulate(expectValid(scenario)));
	});

	it('keeps the demand per 10,000 inhabitants: a typed number is rescaled, a default recomputed', () => {
		const previous = editedGroningen();
		previous.demand = previous.demand.map((g) =>
			g.group === 'uitstroom-mo' ? { ...g, perYear: 300, trendPerYear: 0.02, cv: 0.1 } : g
		);
		const { scenario } = scenarioForRegion('land:nederland', previous);
		const ratio = inhabitantsOf(scenario) / inhabitantsOf(previous);
		for (const g of previous.demand) {
			const per10000Before = (g.perYear / inhabitantsOf(previous)) * 1e4;
			const per10000After = (perYear(scenario, g.group) / inhabitantsOf(scenario)) * 1e4;
			expect(per10000After, g.group).toBeCloseTo(per10000Before, 4);
		}
		const mo = scenario.demand.find((g) => g.group === 'uitstroom-mo')!;
		expect(mo.perYear).toBeCloseTo(300 * ratio, 1);
		expect(mo).toMatchObject({ trendPerYear: 0.02, cv: 0.1 });
		expect(mo.basis).toBeUndefined(); // no longer our assumption
		expect(scenario.demand.find((g) => g.group === 'uitstroom-bw')!.basis).toBe('aanname');
		expect(perYear(scenario, 'statushouders')).toBe(11_000);
	});

	it('there and back again gives the same demand', () => {
		const start = scenarioForRegion(DEFAULT_REGION_ID).scenario;
		const small = scenarioForRegion({ codes: ['GM0088'] }, start).scenario; // Schiermonnikoog
		const back = scenarioForRegion(DEFAULT_REGION_ID, small).scenario;
		expect(back.demand).toEqual(start.demand);
	});

	it('keeps a gemeente’s own values while it stays in the region, and reports them when it leaves', () => {
		const previous = editedGroningen();
		previous.municipalities = previous.municipalities.map((m) => ({
			...m,
			currentUrgents: 5,
			socialShare: m.code === 'GM0014' ? 0.45 : m.socialShare
		}));
		const sub = scenarioForRegion(
			{ codes: previous.municipalities.slice(0, 4).map((m) => m.code) },
			previous
		);
		expect(sub.scenario.municipalities).toEqual(
			previous.municipalities.filter((m) =>
				sub.scenario.municipalities.some((s) => s.code === m.code)
			)
		);

		const away = scenarioForRegion('provincie:zeeland', previous);
		expect(away.reset).toHaveLength(1);
		expect(noticeText(away.reset[0]!)).toContain('niet overgenomen');
		expect(noticeText(away.reset[0]!)).toContain(previous.municipalities[0]!.name);
	});

	it('keeps today’s urgents for a part of the region', () => {
		const previous = scenarioForRegion(DEFAULT_REGION_ID).scenario;
		previous.municipalities = previous.municipalities.map((m) => ({ ...m, currentUrgents: 10 }));
		const { scenario, reset } = scenarioForRegion('provincie:groningen', previous);
		expect(scenario.municipalities.every((m) => m.currentUrgents === 10)).toBe(true);
		// only the four Drenthe gemeenten that left lose their figure
		expect(reset.map(noticeText)).toEqual([
			'Eigen invoer voor Aa en Hunze, Assen, Noordenveld en Tynaarlo is niet overgenomen: deze gemeenten horen niet bij de nieuwe regio.'
		]);
	});

	it('clears today’s urgents when new gemeenten join without them, and says so', () => {
		const previous = scenarioForRegion(DEFAULT_REGION_ID).scenario;
		previous.municipalities = previous.municipalities.map((m) => ({ ...m, currentUrgents: 10 }));
		// Drenthe shares Assen, Aa en Hunze, Noordenveld and Tynaarlo with the previous region.
		const { scenario, reset } = scenarioForRegion('provincie:drenthe', previous);
		expect(scenario.municipalities.map((m) => m.code)).toContain('GM0106'); // Assen
		expect(scenario.municipalities.every((m) => m.currentUrgents === undefined)).toBe(true);
		expect(reset.map(noticeText).some((r) => r.includes('Urgenten per jaar nu'))).toBe(true);
	});

	it('a mutation rate set for the whole region also holds for the gemeenten that join', () => {
		const previous = scenarioForRegion(DEFAULT_REGION_ID).scenario;
		previous.municipalities = previous.municipalities.map((m) => ({ ...m, mutationRate: 0.05 }));
		const { scenario, reset } = scenarioForRegion('land:nederland', previous);
		expect(scenario.municipalities.every((m) => m.mutationRate === 0.05)).toBe(true);
		expect(reset).toEqual([]);
	});

	it('resets a key that has no weight in the new region', () => {
		const previous = editedGroningen();
		previous.key = { type: 'available' };
		const { scenario, reset } = scenarioForRegion({ codes: ['GM0060', 'GM0339'] }, previous);
		expect(scenario.key).toEqual({ type: 'inhabitants' });
		expect(scenario.fairShareKey).toBeNull();
		const said = reset.map(noticeText).join(' ');
		expect(said).toContain('beschikbare sociale huurwoningen');
		expect(said).toContain('fair share');
		expectNoNaN(simulate(expectValid(scenario)));
	});

	it('to the example: its own gemeenten and demand, the previous settings', () => {
		const previous = editedGroningen();
		const { scenario, reset } = scenarioForRegion(EXAMPLE_REGION_ID, previous);
		expect(scenario.municipalities).toEqual(bijlage5.municipalities);
		expect(scenario.demand).toEqual(bijlage5.demand);
		expect(scenario.growthPath).toEqual(previous.growthPath);
		expect(scenario.bounds).toEqual(previous.bounds);
		expect(reset.map(noticeText).some((r) => r.includes('voorbeeld'))).toBe(true);
		expectNoNaN(simulate(expectValid(scenario)));
	});

	it('from the example: the default demand of the new region, not the example’s 100', () => {
		const previous = scenarioForRegion(EXAMPLE_REGION_ID).scenario;
		const { scenario, reset } = scenarioForRegion(DEFAULT_REGION_ID, previous);
		const fresh = scenarioForRegion(DEFAULT_REGION_ID).scenario;
		expect(scenario.demand).toEqual(fresh.demand);
		expect(scenario.municipalities).toEqual(fresh.municipalities);
		expect(scenario.horizonYears).toBe(5); // the example's horizon is kept
		expect(reset.map(noticeText).some((r) => r.includes('standaardvraag'))).toBe(true);
	});

	it('does not change the previous scenario', () => {
		const previous = editedGroningen();
		const copy = structuredClone(previous);
		scenarioForRegion('land:nederland', previous);
		scenarioForRegion(EXAMPLE_REGION_ID, previous);
		expect(previous).toEqual(copy);
	});
});
