/**
 * The region's template ("Sjabloon downloaden"): one row per municipality
 * of the scenario with its code, name and CBS figures, and empty columns for
 * what only the region knows — mutatiegraad, urgenten per jaar nu, minimum
 * and maximum per jaar — so a coordinator can send it to the corporations
 * and import it back. Written like the figures export (Dutch Excel CSV, or
 * an .xlsx sheet "Gegevens"), with the same headers, so an unchanged
 * template imports with zero changes: every figure is the scenario's own,
 * every empty cell leaves its field alone.
 */
import type { MunicipalityNumberField } from '../model/fields';
import type { Scenario } from '../model/types';
import { exportFileNames, figuresCsv, figuresXlsx } from './exportTable';

/** The figures of the template (the scenario's values, from CBS unless edited). */
const GIVEN: MunicipalityNumberField[] = ['inhabitants', 'households', 'dwellings', 'socialShare'];
/** The columns the region fills in. */
const ASKED: MunicipalityNumberField[] = [
	'mutationRate',
	'currentUrgents',
	'minPerYear',
	'maxPerYear'
];
export const TEMPLATE_FIELDS = [...GIVEN, ...ASKED];

/** The scenario with the asked fields taken out, so their cells stay empty. */
function blanked(scenario: Scenario): Scenario {
	return {
		...scenario,
		municipalities: scenario.municipalities.map((m) => {
			const next = { ...m };
			for (const f of ASKED) delete next[f];
			return next;
		})
	};
}

export function templateCsv(scenario: Scenario): string {
	return figuresCsv(blanked(scenario), TEMPLATE_FIELDS);
}

export function templateXlsx(scenario: Scenario): Promise<Blob> {
	return figuresXlsx(blanked(scenario), TEMPLATE_FIELDS);
}

/** File names after the scenario's, like the other downloads. */
export function templateFileNames(scenario: Scenario): { csv: string; xlsx: string } {
	const base = exportFileNames(scenario).json.replace(/\.json$/, '');
	return { csv: `${base}-sjabloon.csv`, xlsx: `${base}-sjabloon.xlsx` };
}
