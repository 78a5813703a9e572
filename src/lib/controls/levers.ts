/**
 * The sliders of the negotiation, defined once: label, range, units, the
 * edit they make and what "reset" goes back to. The control panel and the
 * presentation panel show the same levers from here.
 */
import { i18n } from '$lib/i18n/i18n.svelte';
import type { Scenario } from '$lib/model';
import {
	resetMunicipalityField,
	setBounds,
	setForAll,
	setGrowthPath,
	setHorizon,
	setPrice
} from '$lib/state/edits';
import { mutationRateSummary, shiftAverageTo, shownAverage } from '$lib/state/mutationRates';
import type { Workspace } from '$lib/state/workspace.svelte';

/** A slider with its typed value: the props of RangeField. */
export interface Lever {
	/** the accessible name of the slider (part of the spec) */
	label: string;
	/** stored value */
	value: number;
	/** display range and step */
	min: number;
	max: number;
	step: number;
	/** display = stored × factor (100 for percentages) */
	factor?: number;
	unit?: string;
	decimals?: number;
	/** thousands separators in the typed value (off for years) */
	grouping?: boolean;
	disabled?: boolean;
	hint?: string;
	/** a scenario lever: the scenario with this field at `value` (stored units) */
	edit?: (scenario: Scenario, value: number) => Scenario;
	/** a view control: called with the new stored value */
	onchange?: (value: number) => void;
	onreset?: () => void;
}

export type LeverName =
	'year' | 'horizon' | 'growthPath' | 'mutationRate' | 'mutationTrend' | 'cap' | 'floor' | 'price';

/** A reset: the edit that puts the baseline's value back, as one undo step. */
const reset = (ws: Workspace, edit: (s: Scenario, base: Scenario) => Scenario) => () =>
	ws.apply((s) => edit(s, ws.baseline), i18n.t('reset'));

/** A share of the bounds (cap, floor), shown as a whole percentage from 0 to 100. */
const bound = (ws: Workspace, field: 'capShare' | 'floorShare', label: string) => ({
	label,
	min: 0,
	max: 100,
	step: 1,
	factor: 100,
	unit: '%',
	edit: (x: Scenario, v: number) => setBounds(x, { [field]: v }),
	onreset: reset(ws, (x, b) => setBounds(x, { [field]: b.bounds[field] }))
});

export function lever(name: LeverName, ws: Workspace): Lever {
	const s = ws.scenario;
	switch (name) {
		case 'year':
			return {
				label: i18n.t('year'),
				value: ws.shownYear,
				min: ws.firstYear,
				max: ws.lastYear,
				step: 1,
				grouping: false,
				onchange: (y) => ws.setYear(y)
			};
		case 'horizon':
			return {
				label: i18n.t('horizon'),
				value: s.horizonYears,
				min: 5,
				max: 30,
				step: 1,
				edit: setHorizon,
				onreset: reset(ws, (x, b) => setHorizon(x, b.horizonYears))
			};
		case 'growthPath':
			return {
				label: i18n.t('growthPath'),
				value: s.growthPath.years,
				min: 0,
				max: 30,
				step: 1,
				// model.md §5.2: without today's distribution the path starts at the target.
				hint: s.municipalities.some((m) => (m.currentUrgents ?? 0) > 0)
					? undefined
					: i18n.t('growthPathMoot'),
				edit: (x, v) => setGrowthPath(x, { years: v }),
				onreset: reset(ws, (x, b) => setGrowthPath(x, b.growthPath))
			};
		case 'mutationRate': {
			// A shift for every municipality, shown as the regional average (weighted by social stock).
			const { min, max } = mutationRateSummary(s.municipalities);
			const pct = (x: number) => `${i18n.fixed1(x * 100)} %`;
			const average = shownAverage(s.municipalities);
			return {
				label: i18n.t('mutationRate'),
				value: average,
				min: 0,
				max: 25,
				step: 0.1,
				decimals: 1,
				factor: 100,
				unit: '%',
				hint:
					min === max
						? i18n.t('mutationRateSame', { rate: pct(min) })
						: i18n.t('mutationRateSummary', {
								average: pct(average),
								min: i18n.fixed1(min * 100),
								max: i18n.fixed1(max * 100)
							}),
				edit: shiftAverageTo,
				onreset: reset(ws, (x, b) => resetMunicipalityField(x, b, 'mutationRate'))
			};
		}
		case 'mutationTrend':
			return {
				label: i18n.t('mutationTrend'),
				value: s.municipalities[0]!.mutationRateChangePerYear ?? 0,
				min: -1,
				max: 1,
				step: 0.1,
				decimals: 1,
				factor: 100,
				edit: (x, v) => setForAll(x, 'mutationRateChangePerYear', v),
				onreset: reset(ws, (x, b) => resetMunicipalityField(x, b, 'mutationRateChangePerYear'))
			};
		case 'cap':
			return {
				...bound(ws, 'capShare', i18n.t('cap')),
				value: s.bounds.capShare ?? 1,
				disabled: s.bounds.capShare === null,
				hint: i18n.t('capSource')
			};
		case 'floor':
			return {
				...bound(ws, 'floorShare', i18n.t('floor')),
				value: s.bounds.floorShare
			};
		case 'price':
			return {
				label: i18n.t('price'),
				value: s.compensation.pricePerHousehold,
				min: 0,
				max: 100000,
				step: 500,
				edit: setPrice,
				onreset: reset(ws, (x, b) => setPrice(x, b.compensation.pricePerHousehold))
			};
	}
}
