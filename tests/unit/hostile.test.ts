/**
 * The hostile-file corpus (tests/fixtures/hostile, listed in corpus.ts):
 * every file through its entry point — scenario-file reader, share-link
 * decoder or table importer — with the expected outcome, and never an
 * exception. What is accepted is also run through the engine: no NaN,
 * Infinity or negative number in the result.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import readXlsxFile from 'read-excel-file/universal';
import { exportFiguresCsv, exportXlsx, previewImport } from '$lib/io';
import { readScenarioFile } from '$lib/io/scenarioFile';
import { runScenario, simulate } from '$lib/model';
import { decodeShareFragment } from '$lib/storage/shareLink';
import { CASES, type HostileCase } from '../fixtures/hostile/corpus';
import { fryslan } from '../fixtures/io/helpers';
import { issueText } from '$lib/i18n/issues';
import { problemText } from '$lib/i18n/problems';

const dir = fileURLToPath(new URL('../fixtures/hostile/', import.meta.url));
const bytesOf = (c: HostileCase) => (c.big ? c.make() : new Uint8Array(readFileSync(dir + c.file)));

type Outcome = { accepted: boolean; message: string; scenario?: unknown };

async function open(c: HostileCase): Promise<Outcome> {
	const bytes = bytesOf(c);
	if (c.entry === 'scenario') {
		const parsed = readScenarioFile(bytes);
		return parsed.ok
			? { accepted: true, message: '', scenario: parsed.scenario }
			: { accepted: false, message: parsed.issues.map((i) => issueText(i, 'nl')).join(' ') };
	}
	if (c.entry === 'link') {
		const decoded = decodeShareFragment(new TextDecoder().decode(bytes));
		if (!decoded) return { accepted: false, message: 'geen deellink' };
		return decoded.ok
			? { accepted: true, message: '', scenario: decoded.scenario }
			: { accepted: false, message: problemText(decoded.problem, 'nl') };
	}
	const preview = await previewImport(bytes, c.file, fryslan());
	const message = [...preview.problems, ...preview.rows.flatMap((r) => r.problems)]
		.map((p) => problemText(p, 'nl'))
		.join(' ');
	return preview.ok
		? { accepted: true, message, scenario: preview.apply() }
		: { accepted: false, message };
}

/** Every number in a value, walked without recursion. */
function numbers(value: unknown): number[] {
	const out: number[] = [];
	const stack = [value];
	while (stack.length) {
		const x = stack.pop();
		if (typeof x === 'number') out.push(x);
		else if (x && typeof x === 'object') stack.push(...Object.values(x));
	}
	return out;
}

test('the corpus has at least 40 files kept in git, each listed once', () => {
	const kept = CASES.filter((c) => !c.big);
	expect(kept.length).toBeGreaterThanOrEqual(40);
	expect(new Set(CASES.map((c) => c.file)).size).toBe(CASES.length);
	const listed = JSON.parse(readFileSync(dir + 'cases.json', 'utf8')) as { file: string }[];
	expect(listed.map((c) => c.file)).toEqual(CASES.map((c) => c.file));
});

describe.each(['scenario', 'link', 'import'] as const)('hostile corpus: %s', (entry) => {
	test.each(CASES.filter((c) => c.entry === entry).map((c) => [c.file, c] as const))(
		'%s',
		{ timeout: 30_000 },
		async (_file, c) => {
			const outcome = await open(c);
			if (c.outcome === 'refuse') {
				expect(outcome.accepted, outcome.message).toBe(false);
				expect(outcome.message).toContain(c.says);
				return;
			}
			expect(outcome.accepted, outcome.message).toBe(true);
			const run = runScenario(outcome.scenario);
			expect(run.ok).toBe(true);
			if (!run.ok) return;
			expect(numbers(run.result).filter((x) => !Number.isFinite(x))).toEqual([]);
			expect(Object.prototype).not.toHaveProperty('polluted');
		}
	);
});

describe('export neutralises formulas in names (CSV and XLSX)', () => {
	test.each(['=', '+', '-', '@', '\t', '\r'])('a name starting with %j', async (start) => {
		const s = fryslan();
		const name = `${start}HYPERLINK("http://example.invalid","klik")`;
		s.municipalities[0]!.name = name;
		s.municipalities[1]!.code = `${start}cmd|' /C calc'!A0`;
		const csv = exportFiguresCsv(s);
		expect(csv).toContain(`'${start}HYPERLINK`);
		expect(csv).toContain(`'${start}cmd|`);
		const sheets = await readXlsxFile(await exportXlsx(s, simulate(s)));
		const texts = sheets.flatMap((sheet) => sheet.data.flat()).filter((x) => typeof x === 'string');
		const risky = texts.filter((x) => /^[=+\-@\t\r]/.test(x as string));
		expect(risky).toEqual([]);
		expect(texts).toContain(`'${name}`);
	});
});
