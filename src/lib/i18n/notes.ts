/** The notes on the CBS figures (data/cbs.ts gives the facts) in the UI's language. */
import type { DataNote } from '$lib/data/cbs';
import { i18n } from './i18n.svelte';

export function noteText(note: DataNote): string {
	switch (note.kind) {
		case 'provisional':
			return i18n.t('noteProvisional');
		case 'estimate':
			return i18n.t('noteEstimate');
		case 'noCorporationStock':
		case 'lowCorporationStock':
			return i18n.t(
				note.kind === 'noCorporationStock' ? 'noteNoCorporation' : 'noteLowCorporation',
				{
					share: i18n.percent1(note.corporationShare),
					rent: i18n.percent1(note.rentShare),
					name: note.name,
					kwb2025: note.zeroIn2025 ? i18n.t('noteKwb2025') : ''
				}
			);
		case 'merged': {
			const [y, m, d] = (note.date ?? '').split('-').map(Number);
			const when = note.date
				? i18n.t('noteMergedWhen', { date: i18n.date(new Date(y!, m! - 1, d)) })
				: '';
			return i18n.t('noteMerged', { when, former: i18n.list(note.former), name: note.name });
		}
	}
}
