/**
 * Demand groups (model.md §3): households per year for the whole region.
 *
 *   N_g(t) = perYear_g · (1 + trend_g)^t
 *
 * Each group falls in exactly one role:
 *   statushouders    by inhabitants (the taakstelling); priority, not urgent
 *   local            not distributable: stays where it arises
 *   ownKey           distributable with its own key: no growth path, no bounds
 *   path             distributable on the scenario key, growth path and bounds
 */
import type { DemandGroup } from './types';

export type DemandRole = 'statushouders' | 'local' | 'ownKey' | 'path';

export function demandRole(g: DemandGroup): DemandRole {
	if (g.statushouders) return 'statushouders';
	if (!g.distributable) return 'local';
	return g.key ? 'ownKey' : 'path';
}

export function groupDemand(g: DemandGroup, t: number): number {
	return g.perYear * Math.pow(1 + (g.trendPerYear ?? 0), t);
}
