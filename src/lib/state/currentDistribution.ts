/**
 * Today's distribution of urgents ("huidige verdeling", `currentUrgents`):
 * where a growth path starts from and where local groups stay. The editor
 * types one number per municipality; these pure functions give the shares
 * as typed, the region's urgent demand to check the total against, and the
 * edit that stores the column.
 */
import type { Scenario } from '$lib/model';

/** Each typed value as a share of the typed total; null when nothing (or 0) is typed. */
export function typedShares(values: readonly (number | undefined)[]): (number | null)[] | null {
	const total = values.reduce<number>((a, v) => a + (v ?? 0), 0);
	if (!(total > 0)) return null;
	return values.map((v) => (v === undefined ? null : v / total));
}

/** Urgent households a year in the region now: every group but the statushouders, base year. */
export function urgentDemandNow(s: Scenario): number {
	return s.demand.reduce((a, g) => a + (g.statushouders ? 0 : g.perYear), 0);
}

/** The typed total differs from the region's demand by at least half a household. */
export function totalDiffers(total: number, demand: number): boolean {
	return Math.abs(total - demand) >= 0.5;
}

/** Store the column (by code); undefined removes a municipality's value. */
export function setCurrentUrgents(
	s: Scenario,
	values: Readonly<Record<string, number | undefined>>
): Scenario {
	return {
		...s,
		municipalities: s.municipalities.map((m) => {
			if (!Object.hasOwn(values, m.code)) return m;
			const next = { ...m };
			const v = values[m.code];
			if (v === undefined) delete next.currentUrgents;
			else next.currentUrgents = v;
			return next;
		})
	};
}
