/**
 * A request to open the municipality table on one column, from anywhere on
 * the screen (the equal-rates notice asks for the mutation rates). The
 * control panel opens its "Gemeenten" section, the table opens its panel
 * and focuses the first cell of the column, then marks the request done.
 */
import type { MunicipalityField } from '$lib/io-ui/fields';

class TableRequest {
	/** the column to show; null when nothing is asked */
	field = $state<MunicipalityField | null>(null);
	/** a control panel with the table is on screen (not in presentation mode) */
	available = $state(false);

	open(field: MunicipalityField) {
		this.field = field;
	}

	/** The field asked for, once: the table takes it when it opens on it. */
	take(): MunicipalityField | null {
		const f = this.field;
		this.field = null;
		return f;
	}
}

export const tableRequest = new TableRequest();
