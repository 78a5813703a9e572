/**
 * Whole households from a real allocation (model.md §5.5).
 *
 * Each year the region places round(cum P(t)) - round(cum P(t-1)) households
 * (P: placed demand, rounded half up), so totals never drift over the years.
 * They go to municipalities by largest remainder (Hamilton) on the year's
 * exact allocation plus each municipality's carry (cumulative exact minus
 * cumulative households so far); ties go to the larger exact value, then to
 * the earlier municipality. A municipality never gets more than floor(upper)
 * nor fewer than floor(lower); a household no one can take is `leftover`.
 */

// Counts like 2.4999999999999996 are meant as 2.5: absorb floating-point noise before rounding.
const EPS = 1e-9;
export const roundHalfUp = (x: number) => Math.floor(x + 0.5 + EPS);
const floorCount = (x: number) => Math.floor(x + EPS);

export interface YearHouseholds {
	households: number[];
	/** households no municipality could take this year */
	leftover: number;
}

export class HouseholdRounder {
	private cumExact: Float64Array;
	private cumHouseholds: Float64Array;
	private cumPlaced = 0;

	constructor(n: number) {
		this.cumExact = new Float64Array(n);
		this.cumHouseholds = new Float64Array(n);
	}

	/**
	 * @param exact this year's real allocation per municipality
	 * @param placed this year's placed demand P(t) (real)
	 * @param lower lower bounds (households) or null
	 * @param upper upper bounds (households) or null
	 */
	next(
		exact: Float64Array,
		placed: number,
		lower: Float64Array | null,
		upper: Float64Array | null
	): YearHouseholds {
		const n = exact.length;
		const target = roundHalfUp(this.cumPlaced + placed) - roundHalfUp(this.cumPlaced);
		const quota = new Float64Array(n);
		const min = new Float64Array(n);
		const max = new Float64Array(n);
		const h: number[] = [];
		let remaining = target;
		for (let i = 0; i < n; i++) {
			quota[i] = exact[i] + this.cumExact[i] - this.cumHouseholds[i];
			min[i] = lower ? Math.max(0, floorCount(lower[i])) : 0;
			max[i] = upper ? Math.max(min[i], floorCount(upper[i])) : Infinity;
			const base = Math.floor(quota[i]);
			h.push(base < min[i] ? min[i] : base > max[i] ? max[i] : base);
			remaining -= h[i];
		}

		if (remaining !== 0) {
			// Highest claim first: what is still owed beyond the base, then the larger exact value.
			const claim = new Float64Array(n);
			const order: number[] = [];
			for (let i = 0; i < n; i++) {
				claim[i] = quota[i] - h[i];
				order.push(i);
			}
			order.sort((a, b) => claim[b] - claim[a] || exact[b] - exact[a] || a - b);
			if (remaining < 0) order.reverse();
			const step = remaining > 0 ? 1 : -1;
			let moved = true;
			while (remaining !== 0 && moved) {
				moved = false;
				for (const i of order) {
					if (remaining === 0) break;
					if (step > 0 ? h[i] < max[i] : h[i] > min[i]) {
						h[i] += step;
						remaining -= step;
						moved = true;
					}
				}
			}
		}

		for (let i = 0; i < n; i++) {
			this.cumExact[i] += exact[i];
			this.cumHouseholds[i] += h[i];
		}
		this.cumPlaced += placed;
		return { households: h, leftover: Math.max(0, remaining) };
	}
}
