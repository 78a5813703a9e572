/** The table behind the allocation chart and the map: one municipality per row, the year's figures. */
import { i18n } from '$lib/i18n/i18n.svelte';
import type { YearResult } from '$lib/model';

interface Row {
	name: string;
	index: number;
}

export function allocationColumns(year: YearResult) {
	return [
		{ label: i18n.t('municipality'), value: (r: Row) => r.name },
		{
			label: i18n.t('share'),
			value: (r: Row) => i18n.percent(year.targetShares[r.index]!),
			numeric: true
		},
		{
			label: i18n.t('households'),
			value: (r: Row) => i18n.count(year.households[r.index]!),
			numeric: true
		},
		{
			label: i18n.t('exact'),
			value: (r: Row) => i18n.decimal(year.exact[r.index]!),
			numeric: true
		},
		{
			label: i18n.t('fairShare'),
			value: (r: Row) => i18n.decimal(year.fairShare[r.index]!),
			numeric: true
		},
		{
			label: i18n.t('difference'),
			value: (r: Row) => i18n.signed(year.deviation[r.index]!),
			numeric: true
		}
	];
}
