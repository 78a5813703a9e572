import { render, screen, within } from '@testing-library/svelte';
import { afterEach, describe, expect, test } from 'vitest';
import { i18n } from '$lib/i18n/i18n.svelte';
import { roundOf } from '$lib/model/negotiation';
import { settingsOf, type Proposal } from '$lib/model/proposals';
import AgreementAnnex from '$lib/negotiation/AgreementAnnex.svelte';
import { bijlage5Scenario } from './fixtures';
import { issueText } from '$lib/i18n/issues';

function agreedSession() {
	const base = bijlage5Scenario({ growthPath: { years: 3, gamma: 1 } });
	const proposal: Proposal = {
		...settingsOf({ ...base, bounds: { capShare: 0.3, floorShare: 0 } }),
		pricePerHousehold: 2000,
		id: 'p1',
		name: 'Inwoners, groeipad 3 jaar',
		by: 'Centrumgemeente',
		agreed: '2026-12-02'
	};
	const scenario = { ...base, proposals: [proposal] };
	const outcome = roundOf(scenario);
	if (!outcome.ok) throw new Error(issueText(outcome.issues[0]!, 'nl'));
	return { scenario, proposal, round: outcome.round, column: outcome.round.columns[0]! };
}

afterEach(() => {
	i18n.lang = 'nl';
});

describe('AgreementAnnex', () => {
	test('the settings in words and per municipality and year the whole households, in Dutch', () => {
		const props = agreedSession();
		render(AgreementAnnex, props);
		const annex = screen.getByRole('region', { name: 'Bijlage bij het convenant' });
		expect(annex.textContent).toContain('Datum van de sessie: 2 december 2026');
		expect(annex.textContent).toContain('groeipad van 3 jaar');
		expect(annex.textContent).toContain('maximaal 30% van de vrijkomende sociale huurwoningen');
		expect(annex.textContent).toMatch(/compensatie €\s2\.000 per huishouden/);
		const centrum = annex.querySelector('tbody[data-code="C"]')!;
		const cells = within(centrum as HTMLElement).getAllByRole('row');
		expect(cells).toHaveLength(5 + 1);
		// Households are whole; the first year's figure is the round's.
		expect(cells[0]!.querySelectorAll('td')[1]!.textContent).toBe(
			String(props.column!.score.households[0]![0])
		);
		expect(annex.textContent).toContain('Rekenvoorbeeld uit Bijlage 5');
	});

	test('in English', async () => {
		i18n.lang = 'en';
		render(AgreementAnnex, agreedSession());
		const annex = screen.getByRole('region', { name: 'Annex to the agreement' });
		expect(annex.textContent).toContain('Date of the session: 2 December 2026');
		expect(annex.textContent).toContain('growth path of 3 years');
		expect(screen.getByRole('button', { name: 'Print annex' })).toBeTruthy();
		expect(screen.getByRole('columnheader', { name: 'Households' })).toBeTruthy();
	});
});
