/** The columns of the charts' tables; the allocation chart's and the map's: the year's figures. */
import { i18n } from '$lib/i18n/i18n.svelte';
import type { YearResult } from '$lib/model';

/** A column of a DataTable: its header and the text of a row's cell. */
export interface Column<R> {
	label: string;
	value: (row: R) => string;
	/** numbers align right */
	numeric?: boolean;
}

/** A right-aligned column of figures for a DataTable. */
export const numberColumn = <R = { index: number }>(label: string, value: (row: R) => string) => ({
	label,
	value,
	numeric: true
});

/** After the municipality's name (a RegionTable adds it). */
export function allocationColumns(year: YearResult) {
	return [
		numberColumn(i18n.t('share'), (r) => i18n.percent(year.targetShares[r.index]!)),
		numberColumn(i18n.t('households'), (r) => i18n.count(year.households[r.index]!)),
		numberColumn(i18n.t('exact'), (r) => i18n.decimal(year.exact[r.index]!)),
		numberColumn(i18n.t('fairShare'), (r) => i18n.decimal(year.fairShare[r.index]!)),
		numberColumn(i18n.t('difference'), (r) => i18n.signed(year.deviation[r.index]!))
	];
}
