/**
 * Headless run: `npm run simulate -- scenario.json` prints the result JSON
 * (scenario-format.md) to stdout and exits 0; an invalid scenario prints the
 * Dutch reasons to stderr and exits 2. Same engine as the Web Worker.
 */
import { readFileSync } from 'node:fs';
import { runScenario } from '../src/lib/model/api';

const file = process.argv[2];
if (!file) {
	console.error('Gebruik: npm run simulate -- pad/naar/scenario.json');
	process.exit(2);
}
let text: string;
try {
	text = readFileSync(file, 'utf8');
} catch (e) {
	console.error(`Kan ${file} niet lezen: ${(e as Error).message}`);
	process.exit(2);
}
let json: unknown;
try {
	json = JSON.parse(text);
} catch {
	console.error(`${file} is geen geldig JSON-bestand.`);
	process.exit(2);
}
const outcome = runScenario(json);
if (!outcome.ok) {
	for (const issue of outcome.issues) console.error(issue.message);
	process.exit(2);
}
process.stdout.write(JSON.stringify(outcome.result) + '\n');
