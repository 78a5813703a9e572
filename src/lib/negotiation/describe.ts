/**
 * A proposal's settings in words, in the UI's language: what the proposal
 * cards, the round and the agreement annex say about it.
 */
import { i18n } from '$lib/i18n/i18n.svelte';
import { nt, type NegotiationKey } from '$lib/i18n/negotiation';
import type { KeySpec, Scenario } from '$lib/model';
import type { ProposalSettings } from '$lib/model/proposals';

const BASIC: Record<string, NegotiationKey> = {
	inhabitants: 'keyInhabitants',
	socialStock: 'keySocialStock',
	available: 'keyAvailable'
};

/** "inhabitants" or "50 % inhabitants, 50 % available social-rent dwellings". */
function keyName(key: KeySpec): string {
	if (key.type !== 'composite') return nt(BASIC[key.type]!);
	return Object.entries(key.weights)
		.filter(([, w]) => w > 0)
		.map(([k, w]) => `${i18n.percent(w)} ${nt(BASIC[k]!)}`)
		.join(', ');
}

/** "composite allocation key: 50 % inhabitants, …" or "allocation key by inhabitants". */
export function keyInWords(key: KeySpec): string {
	return nt(key.type === 'composite' ? 'keyComposite' : 'keyWords', {
		key: keyName(key),
		parts: keyName(key)
	});
}

/** Every setting of a proposal, one phrase each, in the order a reader needs them. */
export function settingsInWords(p: ProposalSettings, s: Scenario): string[] {
	const out = [keyInWords(p.key)];
	out.push(p.fairShareKey ? nt('fairOther', { key: keyName(p.fairShareKey) }) : nt('fairSame'));
	out.push(
		p.growthPath.years > 0
			? nt('pathYears', { years: p.growthPath.years, gamma: i18n.decimal(p.growthPath.gamma) })
			: nt('pathNone')
	);
	const b = p.bounds;
	out.push(
		b.capShare === null
			? nt('capNone')
			: nt('capShare', {
					cap: i18n.percent(b.capShare),
					counts: nt(b.capCounts === 'urgents' ? 'capUrgents' : 'capPriority')
				})
	);
	if (b.floorShare > 0) out.push(nt('floor', { floor: i18n.percent(b.floorShare) }));
	if (p.pricePerHousehold > 0) out.push(nt('price', { price: i18n.euro(p.pricePerHousehold) }));
	const names = new Map(s.municipalities.map((m) => [m.code, m.name]));
	const limits = Object.entries(p.limits)
		.filter(([code]) => names.has(code))
		.map(([code, l]) => {
			const parts = [
				l.minPerYear !== undefined ? nt('limitMin', { n: i18n.decimal(l.minPerYear) }) : '',
				l.maxPerYear !== undefined ? nt('limitMax', { n: i18n.decimal(l.maxPerYear) }) : ''
			].filter(Boolean);
			return `${names.get(code)} ${parts.join(', ')}`;
		});
	if (limits.length) out.push(nt('limits', { list: limits.join('; ') }));
	return out;
}
