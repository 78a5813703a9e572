/** The table behind the allocation chart and the map: one municipality per row, the year's figures. */
import { i18n } from '$lib/i18n/i18n.svelte';
import type { YearResult } from '$lib/model';

interface Row {
	name: string;
	index: number;
}

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

export function allocationColumns(year: YearResult) {
	return [
		{ label: i18n.t('municipality'), value: (r: Row) => r.name },
		numberColumn<Row>(i18n.t('share'), (r: Row) => i18n.percent(year.targetShares[r.index]!)),
		numberColumn<Row>(i18n.t('households'), (r: Row) => i18n.count(year.households[r.index]!)),
		numberColumn<Row>(i18n.t('exact'), (r: Row) => i18n.decimal(year.exact[r.index]!)),
		numberColumn<Row>(i18n.t('fairShare'), (r: Row) => i18n.decimal(year.fairShare[r.index]!)),
		numberColumn<Row>(i18n.t('difference'), (r: Row) => i18n.signed(year.deviation[r.index]!))
	];
}
