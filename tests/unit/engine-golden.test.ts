/**
 * The engine gives bit-identical results to the golden snapshot taken before
 * its internals were rewritten for speed (tests/fixtures/engine-golden/):
 * every figure of every result field, -0 told from 0, the warnings and their
 * order included. `UPDATE_ENGINE_GOLDEN=1 npx vitest run tests/unit/engine-golden.test.ts`
 * rewrites the snapshot — only for a deliberate change of the model.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { simulate } from '$lib/model/engine';
import { parseScenario } from '$lib/model/scenario';
import { issueText } from '$lib/i18n/issues';
import type { SimulationResult } from '$lib/model/types';
import { canonical, digests, goldenCases, randomCases, type GoldenCase } from './engineGolden';

const DIR = new URL('../fixtures/engine-golden/', import.meta.url);
const UPDATE = process.env.UPDATE_ENGINE_GOLDEN === '1';

function resultOf(c: GoldenCase): SimulationResult {
	const parsed = parseScenario(c.scenario);
	if (!parsed.ok)
		throw new Error(
			`${c.name}: scenario refused: ${parsed.issues.map((i) => issueText(i, 'nl')).join(' ')}`
		);
	return simulate(parsed.scenario, c.draws?.());
}

function readGolden(file: string): unknown {
	const url = new URL(file, DIR);
	if (!existsSync(url)) throw new Error(`golden snapshot ${file} is missing`);
	return JSON.parse(readFileSync(url, 'utf8'));
}

function writeGolden(file: string, value: unknown) {
	mkdirSync(DIR, { recursive: true });
	writeFileSync(new URL(file, DIR), `${JSON.stringify(value, null, '\t')}\n`);
}

describe('engine golden snapshot', () => {
	for (const c of goldenCases()) {
		test(`${c.name}: the result is bit-identical to the snapshot`, () => {
			const result = resultOf(c);
			if (c.whole) {
				// Kept as canonical JSON text, so -0 and every last digit are compared as written.
				const text = canonical(result);
				if (UPDATE) writeGolden(`${c.name}.json`, JSON.parse(text));
				expect(text).toBe(canonical(readGolden(`${c.name}.json`)));
			} else {
				const got = digests(result);
				if (UPDATE) writeGolden(`${c.name}.json`, got);
				expect(got).toEqual(readGolden(`${c.name}.json`));
			}
		});
	}

	test('60 seeded random scenarios (40 ordinary, 20 with extreme reals): every field bit-identical', () => {
		const got = Object.fromEntries(randomCases().map((c) => [c.name, digests(resultOf(c))]));
		if (UPDATE) writeGolden('random.json', got);
		expect(got).toEqual(readGolden('random.json'));
	});
});
