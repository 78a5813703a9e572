/**
 * Headless run: `npm run simulate -- scenario.json` prints the result JSON
 * (scenario-format.md) to stdout and exits 0; an invalid scenario prints the
 * Dutch reasons to stderr and exits 2. Same engine as the Web Worker, and
 * the same file reader as the app (size limit, BOM, UTF-16, limits.ts).
 * The result is written in pieces, so a large region never becomes one string.
 */
import { readFileSync, statSync } from 'node:fs';
import { issueText } from '../src/lib/i18n/issues';
import { runScenario } from '../src/lib/model/api';
import type { ValidationIssue } from '../src/lib/model/issues';
import { readScenarioFile, scenarioFileTooLarge } from '../src/lib/io/scenarioFile';
import { jsonChunks } from '../src/lib/io/jsonChunks';

const file = process.argv[2];
if (!file) {
	console.error('Gebruik: npm run simulate -- pad/naar/scenario.json');
	process.exit(2);
}
let bytes: Uint8Array;
try {
	const tooLarge = scenarioFileTooLarge(statSync(file).size);
	if (tooLarge) refuse(tooLarge.ok ? [] : tooLarge.issues);
	bytes = readFileSync(file);
} catch (e) {
	console.error(`Kan ${file} niet lezen: ${(e as Error).message}`);
	process.exit(2);
}
const parsed = readScenarioFile(bytes);
if (!parsed.ok) refuse(parsed.issues);
const outcome = runScenario(parsed.scenario);
if (!outcome.ok) refuse(outcome.issues);
await write(jsonChunks(outcome.result));

/** The reasons in Dutch, from the app's own table of messages. */
function refuse(issues: ValidationIssue[]): never {
	for (const issue of issues) console.error(issueText(issue, 'nl'));
	process.exit(2);
}

/** Into stdout in blocks of about 64 KB, waiting whenever the pipe is full. */
async function write(chunks: Iterable<string>) {
	let block = '';
	const flush = async () => {
		if (!process.stdout.write(block)) {
			await new Promise((resolve) => process.stdout.once('drain', resolve));
		}
		block = '';
	};
	for (const chunk of chunks) {
		block += chunk;
		if (block.length >= 65536) await flush();
	}
	block += '\n';
	await flush();
}
