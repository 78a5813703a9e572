/**
 * The compromise search spread over scorers (search.ts) with the real
 * scoring function in this thread, and the agreement annex's export
 * (io/annex.ts) on the Bijlage 5 session.
 */
import { describe, expect, test } from 'vitest';
import { annexCsv, annexRows, annexXlsx, type AnnexHeaders } from '$lib/io/annex';
import {
	pickCompromises,
	roundOf,
	scoreCandidates,
	searchCandidates,
	type Candidate
} from '$lib/model/negotiation';
import { settingsOf, type Proposal } from '$lib/model/proposals';
import type { KeySpec, Scenario } from '$lib/model/types';
import { searchCompromise, type Scorer } from '$lib/negotiation/search';
import { bijlage5 } from './helpers';
import { issueText } from '$lib/i18n/issues';

function session(): Scenario {
	const s = bijlage5();
	const make = (id: string, key: KeySpec, years: number): Proposal => ({
		...settingsOf({ ...s, key, growthPath: { years, gamma: 1 } }),
		id,
		name: id,
		by: 'test'
	});
	s.proposals = [make('p1', { type: 'inhabitants' }, 0), make('p2', { type: 'available' }, 2)];
	return s;
}

/** A scorer that answers after `delay` ms, as a worker would. */
const scorer =
	(delay: number, seen?: number[]): Scorer =>
	async (s: Scenario, chunk: Candidate[]) => {
		await new Promise((r) => setTimeout(r, delay));
		seen?.push(chunk.length);
		return scoreCandidates(s, chunk);
	};

describe('the search over several scorers', () => {
	test('the same compromise with one scorer or three, progress up to every candidate', async () => {
		const s = session();
		const candidates = searchCandidates(s);
		const whole = scoreCandidates(s, candidates);
		if (!whole.ok) throw new Error('refused');
		const expected = pickCompromises(candidates, whole.scores);
		const progress: number[] = [];
		const seen: number[] = [];
		const three = await searchCompromise(s, [scorer(2, seen), scorer(0, seen), scorer(1, seen)], {
			chunkSize: 50,
			onprogress: (done, total) => {
				expect(total).toBe(candidates.length);
				progress.push(done);
			}
		});
		expect(three.ok && three.picks).toEqual(expected);
		expect(progress[0]).toBe(0);
		expect(progress.at(-1)).toBe(candidates.length);
		expect(seen.reduce((a, b) => a + b, 0)).toBe(candidates.length);
		const one = await searchCompromise(s, [scorer(0)]);
		expect(one.ok && one.picks).toEqual(expected);
	});

	test('a cancelled search hands out no more chunks and says it was cancelled', async () => {
		const abort = new AbortController();
		const seen: number[] = [];
		const outcome = await searchCompromise(session(), [scorer(5, seen)], {
			chunkSize: 10,
			signal: abort.signal,
			onprogress: (done) => done >= 20 && abort.abort()
		});
		expect(outcome).toEqual({ ok: false, cancelled: true });
		const handedOut = seen.length;
		await new Promise((r) => setTimeout(r, 30));
		expect(seen.length).toBeLessThanOrEqual(handedOut + 1);
		expect(seen.length * 10).toBeLessThan(searchCandidates(session()).length);
	});

	test('a proposal that does not fit the region refuses the search with its reasons', async () => {
		const s = session();
		(s.proposals as Proposal[])[0]!.key = {
			type: 'composite',
			weights: { inhabitants: 0, socialStock: 0, available: 0 }
		};
		const outcome = await searchCompromise(s, [scorer(0)]);
		expect(outcome.ok).toBe(false);
		expect(!outcome.ok && 'issues' in outcome && issueText(outcome.issues[0]!, 'nl')).toMatch(
			/^Voorstel ‘p1’/
		);
	});
});

describe('the agreement annex export', () => {
	const headers: AnnexHeaders = {
		year: 'Jaar',
		code: 'Gemeentecode',
		name: 'Gemeente',
		households: 'Huishoudens',
		fairShare: 'Fair share',
		ledger: 'Saldo',
		compensation: 'Compensatie',
		priorityShare: 'Aandeel voorrang',
		cap: 'Maximum'
	};
	const s = session();
	(s.proposals as Proposal[])[1]!.pricePerHousehold = 1000;
	const outcome = roundOf(s);
	if (!outcome.ok) throw new Error(issueText(outcome.issues[0]!, 'nl'));
	const { round } = outcome;
	const rows = annexRows(round.years, round.codes, round.names, round.columns[1]!.score, 0.3);

	test('one row per municipality and year, the figures of the round', () => {
		expect(rows).toHaveLength(2 * 5);
		expect(rows[0]).toMatchObject({ year: 2026, code: 'C', cap: 0.3 });
		expect(rows.filter((r) => r.code === 'C').map((r) => r.households)).toEqual(
			round.columns[1]!.score.households.map((y) => y[0])
		);
		expect(rows[4]!.ledger).toBe(round.columns[1]!.score.ledger[4]![0]);
		expect(rows[4]!.compensation).toBeGreaterThan(0);
	});

	test('CSV for Dutch Excel: BOM, semicolons, decimal commas, shares in percent', () => {
		const csv = annexCsv(rows, headers);
		const lines = csv.split('\r\n');
		expect(lines[0]).toBe(
			'\uFEFFJaar;Gemeentecode;Gemeente;Huishoudens;Fair share;Saldo;Compensatie;Aandeel voorrang (%);Maximum (%)'
		);
		expect(lines).toHaveLength(1 + 10 + 1);
		const first = lines[1]!.split(';');
		expect(first.slice(0, 3)).toEqual(['2026', 'C', 'Centrumgemeente']);
		expect(first[4]).toMatch(/^\d+(,\d+)?$/);
		expect(first[8]).toBe('30');
	});

	test('a number that is not finite stops the export', async () => {
		const bad = [{ ...rows[0]!, fairShare: NaN }];
		expect(() => annexCsv(bad, headers)).toThrow(/geen eindig getal/);
		await expect(annexXlsx(bad, headers, 'Bijlage')).rejects.toThrow(/geen eindig getal/);
		const blob = await annexXlsx(rows, headers, 'Bijlage bij het convenant');
		expect(blob.size).toBeGreaterThan(1000);
	});
});
