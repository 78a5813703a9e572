/**
 * Notices after opening a scenario, in the UI's language: what switching
 * regions could not keep (data/regions.ts gives the facts) and what storage
 * could not restore (storage/scenarioStore.ts, worded in problems.ts).
 */
import { RegionError, type RegionNotice } from '$lib/data/regions';
import type { StoreNotice } from '$lib/storage/scenarioStore';
import { i18n } from './i18n.svelte';

export type Notice = RegionNotice | StoreNotice;

/** At most this many names in a notice; the rest are counted. */
function someNames(list: string[], max = 8): string {
	if (list.length <= max) return i18n.list(list);
	return i18n.t('namesMore', { names: list.slice(0, max).join(', '), n: list.length - max });
}

/** Why a region could not be opened. */
export function regionErrorText(e: unknown): string {
	if (!(e instanceof RegionError)) return String(e instanceof Error ? e.message : e);
	return e.kind === 'unknown'
		? i18n.t('regionUnknown', { region: e.region })
		: i18n.t('regionEmpty');
}

export function noticeText(n: Notice): string {
	switch (n.kind) {
		case 'previousWorkingRestored':
		case 'baselineLost':
			return i18n.problem(n);
		case 'unknownCodes':
			return i18n.t('noticeUnknownCodes', { names: someNames(n.codes) });
		case 'baseYear':
			return i18n.t('noticeBaseYear', { from: n.from, to: n.to });
		case 'ownInputLost':
			return i18n.t(n.names.length === 1 ? 'noticeOwnInputLostOne' : 'noticeOwnInputLostMany', {
				names: someNames(n.names)
			});
		case 'currentUrgentsCleared':
			return i18n.t('noticeCurrentUrgents', { names: someNames(n.names) });
		case 'exampleDemand':
			return i18n.t('noticeExampleDemand');
		case 'demandFromExample':
			return i18n.t('noticeDemandFromExample');
		case 'demandNoInhabitants':
			return i18n.t('noticeDemandNoInhabitants');
		case 'keyReset':
			return i18n.t('noticeKeyReset', { key: i18n.keyName(n.key).toLowerCase() });
		case 'fairShareKeyReset':
			return i18n.t('noticeFairShareKeyReset', { key: i18n.keyName(n.key).toLowerCase() });
		case 'groupKeyReset':
			return i18n.t('noticeGroupKeyReset', {
				group: i18n.group(n.group),
				key: i18n.keyName(n.key).toLowerCase()
			});
	}
}
