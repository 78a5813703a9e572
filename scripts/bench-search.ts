/**
 * Compromise-search benchmark: the whole country (342 municipalities, 10
 * years) with three proposals (inhabitants; available dwellings; 50/50
 * composite with a 5-year growth path), scored in this one thread the way
 * a worker scores its chunks. Prints the figures; asserts nothing. Run
 * twice: without urgents housed today (the growth path is moot: 3 + 231
 * candidates) and with them (3 + 231 × 6 candidates).
 */
import { scenarioForRegion } from '../src/lib/data/regions';
import { scoreCandidates } from '../src/lib/model/negotiation';
import { settingsOf, type Proposal } from '../src/lib/model/proposals';
import type { KeySpec, Scenario } from '../src/lib/model/types';
import { searchCompromise } from '../src/lib/negotiation/search';

function withProposals(s: Scenario): Scenario {
	const make = (id: string, name: string, key: KeySpec, years: number): Proposal => ({
		...settingsOf({ ...s, key, growthPath: { years, gamma: 1 } }),
		id,
		name,
		by: 'bench'
	});
	return {
		...s,
		proposals: [
			make('p1', 'Inwoners', { type: 'inhabitants' }, 0),
			make('p2', 'Beschikbare woningen', { type: 'available' }, 0),
			make(
				'p3',
				'50/50, groeipad 5 jaar',
				{ type: 'composite', weights: { inhabitants: 0.5, socialStock: 0, available: 0.5 } },
				5
			)
		]
	};
}

const country = scenarioForRegion('land:nederland').scenario;
const today = {
	...country,
	// Urgents housed today in proportion to the social stock: the growth path now matters.
	municipalities: country.municipalities.map((m) => ({
		...m,
		currentUrgents: Math.round((m.dwellings * m.socialShare) / 1000)
	}))
};
const scorer = (s: Scenario, chunk: Parameters<typeof scoreCandidates>[1]) =>
	Promise.resolve(scoreCandidates(s, chunk));

for (const [label, s] of [
	['zonder huidige verdeling (groeipad doet niets)', country],
	['met huidige verdeling (groeipad 0–5 jaar)', today]
] as const) {
	const outcome = await searchCompromise(withProposals(s), [scorer]);
	if (!outcome.ok) throw new Error('search refused');
	const n = outcome.candidates.length;
	const ms = outcome.milliseconds;
	console.log(
		`Heel Nederland (${s.municipalities.length} gemeenten, ${s.horizonYears} jaar), ${label}: ` +
			`${n} kandidaten in ${(ms / 1000).toFixed(2)} s in één thread ` +
			`(${(ms / n).toFixed(1)} ms per kandidaat; met 2 workers ongeveer ${(ms / 2000).toFixed(2)} s)`
	);
	for (const p of outcome.picks) {
		const src = outcome.candidates[p.index]!.source;
		console.log(`  ${p.rule}: ${JSON.stringify(src)} (${p.value.toFixed(3)})`);
	}
}
