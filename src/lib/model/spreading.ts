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

/** x / whole · scale, or null where there is nothing to divide by (or the figure overflows). */
function per(part: number, whole: number, scale: number): number | null {
	const x = (part / whole) * scale;
	return whole > 0 && Number.isFinite(x) ? x : null;
}

/**
 * The standardised figures of one year: `urgents` per municipality on that year's values.
 * `blank` makes the per-municipality lists to fill (the engine's packed arrays of n numbers).
 */
export function spreadingFigures(
	urgents: ArrayLike<number>,
	values: Pick<YearValues, 'inhabitants' | 'socialStock'>,
	blank: () => (number | null)[] = () => []
): SpreadingFigures {
	const perThousandInhabitants = blank();
	const perHundredSocial = blank();
	const { inhabitants, socialStock } = values;
	let total = 0;
	let people = 0;
	let stock = 0;
	for (let i = 0; i < urgents.length; i++) {
		const u = urgents[i]!;
		perThousandInhabitants[i] = per(u, inhabitants[i]!, 1000);
		perHundredSocial[i] = per(u, socialStock[i]!, 100);
		total += u;
		people += inhabitants[i]!;
		stock += socialStock[i]!;
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

/** Today's figures: `currentUrgents` on the base-year values; null when none is given. */
export function spreadingToday(
	currentUrgents: readonly (number | undefined)[],
	base: Pick<YearValues, 'inhabitants' | 'socialStock'>
): SpreadingFigures | null {
	const given = currentUrgents.some((c) => c !== undefined);
	return given
		? spreadingFigures(
				currentUrgents.map((c) => c ?? 0),
				base
			)
		: null;
}
