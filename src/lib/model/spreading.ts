/**
 * The seed's spreidingsanalyse (chapter 6, step 1): urgent households
 * standardised by the size of each municipality, so that a region sees at a
 * glance who houses more or fewer than the regional average.
 *
 *   per 1.000 inhabitants        u_i(t) / I_i(t) · 1000
 *   per 100 social-rent dwellings u_i(t) / S_i(t) · 100
 *   regional average              Σ u(t) / Σ I(t) · 1000 (and Σ u / Σ S · 100)
 *
 * u_i(t) is every urgent household of year t in municipality i: the
 * distributable allocation x*_i(t) and the groups that stay where they arise
 * (statushouders are not urgents and are left out). "Today" uses the given
 * `currentUrgents` on the base-year values. A municipality without
 * inhabitants (or without social stock) has null, never a division by zero.
 */
import type { YearValues } from './projection';

export interface SpreadingFigures {
	/** urgent households per 1.000 inhabitants, per municipality */
	perThousandInhabitants: (number | null)[];
	/** urgent households per 100 social-rent dwellings, per municipality */
	perHundredSocial: (number | null)[];
	/** the regional averages (weighted: region total over region total) */
	average: { perThousandInhabitants: number | null; perHundredSocial: number | null };
}

export interface SpreadingAnalysis {
	/** per year of the result (same order as byYear) */
	byYear: SpreadingFigures[];
	/** today's distribution (currentUrgents on base-year values); null when none is given */
	today: SpreadingFigures | null;
}

/** The standardised figures of one year: `urgents` per municipality on that year's values. */
export function spreadingFigures(
	urgents: ArrayLike<number>,
	values: Pick<YearValues, 'inhabitants' | 'socialStock'>
): SpreadingFigures {
	const per = (part: number, whole: number, scale: number) => {
		const x = (part / whole) * scale;
		return whole > 0 && Number.isFinite(x) ? x : null;
	};
	const perThousandInhabitants: (number | null)[] = [];
	const perHundredSocial: (number | null)[] = [];
	let total = 0;
	let people = 0;
	let stock = 0;
	for (let i = 0; i < urgents.length; i++) {
		perThousandInhabitants.push(per(urgents[i]!, values.inhabitants[i]!, 1000));
		perHundredSocial.push(per(urgents[i]!, values.socialStock[i]!, 100));
		total += urgents[i]!;
		people += values.inhabitants[i]!;
		stock += values.socialStock[i]!;
	}
	return {
		perThousandInhabitants,
		perHundredSocial,
		average: {
			perThousandInhabitants: per(total, people, 1000),
			perHundredSocial: per(total, stock, 100)
		}
	};
}

/**
 * The analysis over a whole result. `projection[t]` are the values of year t
 * (index 0 the base year), `urgentsByYear[t-1]` the urgent households of year t.
 */
export function spreadingAnalysis(
	projection: readonly YearValues[],
	urgentsByYear: readonly ArrayLike<number>[],
	currentUrgents: readonly (number | undefined)[]
): SpreadingAnalysis {
	const given = currentUrgents.some((c) => c !== undefined);
	return {
		byYear: urgentsByYear.map((u, k) => spreadingFigures(u, projection[k + 1]!)),
		today: given
			? spreadingFigures(
					currentUrgents.map((c) => c ?? 0),
					projection[0]!
				)
			: null
	};
}
