/**
 * Each limit of model/limits.ts refused at every entry point, with the
 * Dutch message naming the limit and the value: scenario file (app and
 * headless run), share link, the engine's API as the worker exposes it,
 * and restore from storage (in storage.test.ts). The headless run reads
 * files as the app does: a UTF-8 BOM and UTF-16 are accepted.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readScenarioFile } from '$lib/io/scenarioFile';
import { jsonChunks } from '$lib/io/jsonChunks';
import { engineApi } from '$lib/model';
import { decodeShareFragment, encodeShareFragment } from '$lib/storage/shareLink';
import type { Scenario } from '$lib/model/types';
import { CASES } from '../fixtures/hostile/corpus';
import { issueText } from '$lib/i18n/issues';
import { problemText } from '$lib/i18n/problems';

const byFile = (file: string) => CASES.find((c) => c.file === file)!;
const LIMIT_CASES = [
	'deep-3000.json',
	'deep-17.json',
	'unknown-70kb.json',
	'groups-51.json',
	'municipalities-2001.json',
	'runs-over-budget.json',
	'long-name.json',
	'long-code.json'
].map(byFile);

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe.each(LIMIT_CASES.map((c) => [c.file, c] as const))('limit: %s', (_file, c) => {
	const bytes = c.make();
	const json = JSON.parse(text(bytes));

	test('the scenario file is refused, naming the limit', () => {
		const parsed = readScenarioFile(bytes);
		expect(parsed.ok).toBe(false);
		if (!parsed.ok) expect(issueText(parsed.issues[0]!, 'nl')).toContain(c.says);
	});

	test('the share link is refused, naming the limit', () => {
		// Packed as the app would pack it, had it been open.
		const fragment = encodeShareFragment(json as Scenario);
		const decoded = decodeShareFragment(fragment);
		expect(decoded?.ok).toBe(false);
		if (decoded && !decoded.ok) {
			expect(problemText(decoded.problem, 'nl')).toMatch(/^Deze deellink kan niet worden geopend/);
			// The depth beyond the link's own guard is told in its own words.
			if (!c.file.startsWith('deep-3000'))
				expect(problemText(decoded.problem, 'nl')).toContain(c.says);
		}
	});

	test('the worker API refuses it before any run (run, explore, uncertainty)', () => {
		for (const call of [engineApi.run, engineApi.explore, engineApi.uncertainty]) {
			const outcome = call(json);
			expect(outcome.ok).toBe(false);
			if (!outcome.ok) expect(issueText(outcome.issues[0]!, 'nl')).toContain(c.says);
		}
	});
});

describe('headless run (npm run simulate)', () => {
	const dir = mkdtempSync(join(tmpdir(), 'verdeelwijzer-'));
	const simulate = (file: string, bytes: Uint8Array) => {
		const path = join(dir, file);
		writeFileSync(path, bytes);
		return spawnSync(process.execPath, ['--import', 'tsx', 'scripts/simulate.ts', path], {
			encoding: 'utf8'
		});
	};

	test.each(['bom-utf8.json', 'utf16le-bom.json', 'utf16be-bom.json', 'windows-1252.json'])(
		'%s is read like the app reads it',
		{ timeout: 60_000 },
		(file) => {
			const out = simulate(file, byFile(file).make());
			expect(out.stderr).toBe('');
			expect(out.status).toBe(0);
			const result = JSON.parse(out.stdout);
			expect(result.codes).toEqual(['C', 'R']);
		}
	);

	test.each(['deep-3000.json', 'groups-51.json'])(
		'%s is refused with the limit on stderr, exit 2',
		{ timeout: 60_000 },
		(file) => {
			const out = simulate(file, byFile(file).make());
			expect(out.status).toBe(2);
			expect(out.stdout).toBe('');
			expect(out.stderr).toContain(byFile(file).says);
		}
	);

	test('a file above 5 MB is refused before it is read', { timeout: 60_000 }, () => {
		const out = simulate('too-large.json', byFile('too-large.json').make());
		expect(out.status).toBe(2);
		expect(out.stderr).toContain('hoogstens 5 MB');
	});

	test('the result written in pieces is the same JSON', { timeout: 60_000 }, () => {
		const out = execFileSync(
			'npx',
			['tsx', 'scripts/simulate.ts', 'src/lib/scenarios/bijlage5.json'],
			{
				encoding: 'utf8'
			}
		);
		const run = engineApi.run(JSON.parse(text(byFile('valid.json').make())));
		expect(run.ok).toBe(true);
		if (run.ok) expect(out).toBe(JSON.stringify(run.result) + '\n');
	});
});

test('jsonChunks gives exactly JSON.stringify', () => {
	const value = {
		a: [1, 2.5, null, undefined, 'x"y', { b: undefined, c: [[]] }],
		d: {},
		e: 'é\u2028',
		f: NaN,
		g: new Date(0),
		h: [undefined]
	};
	for (const depth of [0, 1, 2, 3, 8]) {
		expect([...jsonChunks(value, depth)].join('')).toBe(JSON.stringify(value));
	}
});

test('the uncertainty shown on request stays within the memory limit for the largest region', () => {
	const c = byFile('municipalities-2000.json');
	const json = { ...JSON.parse(text(c.make())), horizonYears: 30 };
	const outcome = engineApi.uncertainty(json);
	expect(outcome.ok).toBe(true);
	// 200 runs by default; 2.000 × 30 cells allow 166.
	if (outcome.ok) expect(outcome.uncertainty.runs).toBe(166);
}, 120_000);
