import { parseScenario, simulate, type Scenario } from '$lib/model';
import bijlage5 from '$lib/scenarios/bijlage5.json';
import { issueText } from '$lib/i18n/issues';

/** The seed's Bijlage 5 example, with changes. */
export function bijlage5Scenario(changes: Partial<Scenario> = {}): Scenario {
	const parsed = parseScenario({ ...bijlage5, ...changes });
	if (!parsed.ok) throw new Error(parsed.issues.map((i) => issueText(i, 'nl')).join('\n'));
	return parsed.scenario;
}

export const resultOf = (changes: Partial<Scenario> = {}) => simulate(bijlage5Scenario(changes));
