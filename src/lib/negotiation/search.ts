/**
 * The compromise search, spread over scorers (workers): the candidates of
 * negotiation.ts are cut into chunks that each scorer takes in turn, so the
 * work balances itself and progress is reported per chunk. Results are put
 * back in candidate order, so the compromise is the same however many
 * scorers there are. Cancelling (the signal) stops handing out chunks; the
 * caller terminates the workers to stop the chunks in flight.
 */
import {
	pickCompromises,
	searchCandidates,
	type Candidate,
	type CandidateScore,
	type Compromise,
	type ScoreOutcome
} from '../model/negotiation'; // relative: `npm run bench:search` runs this under tsx
import type { Scenario, ValidationIssue } from '../model';

export type Scorer = (scenario: Scenario, chunk: Candidate[]) => Promise<ScoreOutcome>;

export type SearchOutcome =
	| { ok: true; candidates: Candidate[]; picks: Compromise[]; milliseconds: number }
	| { ok: false; issues: ValidationIssue[] }
	| { ok: false; cancelled: true };

export interface SearchOptions {
	/** candidates per chunk: small enough for a smooth progress bar, large enough to keep the overhead low */
	chunkSize?: number;
	onprogress?: (done: number, total: number) => void;
	signal?: AbortSignal;
}

export async function searchCompromise(
	scenario: Scenario,
	scorers: Scorer[],
	{ chunkSize = 12, onprogress, signal }: SearchOptions = {}
): Promise<SearchOutcome> {
	const started = performance.now();
	const candidates = searchCandidates(scenario);
	const scores: CandidateScore[] = new Array(candidates.length);
	let next = 0;
	let done = 0;
	let refused: ValidationIssue[] | null = null;
	onprogress?.(0, candidates.length);
	const cancelled = new Promise<'cancelled'>((resolve) => {
		if (signal?.aborted) resolve('cancelled');
		signal?.addEventListener('abort', () => resolve('cancelled'));
	});
	const work = async (score: Scorer) => {
		while (next < candidates.length && !refused && !signal?.aborted) {
			const from = next;
			next += chunkSize;
			const chunk = candidates.slice(from, from + chunkSize);
			const outcome = await score(scenario, chunk);
			if (!outcome.ok) {
				refused = outcome.issues;
				return;
			}
			outcome.scores.forEach((s, i) => (scores[from + i] = s));
			done += chunk.length;
			onprogress?.(done, candidates.length);
		}
	};
	const finished = await Promise.race([Promise.all(scorers.map(work)), cancelled]);
	if (finished === 'cancelled' || signal?.aborted) return { ok: false, cancelled: true };
	if (refused) return { ok: false, issues: refused };
	return {
		ok: true,
		candidates,
		picks: pickCompromises(candidates, scores),
		milliseconds: performance.now() - started
	};
}
