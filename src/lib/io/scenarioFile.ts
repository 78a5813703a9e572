/**
 * The one reader of scenario files, for the app and `npm run simulate`
 * alike: the size limit before anything is read, then the bytes as text
 * (a UTF-8 or UTF-16 byte-order mark, else UTF-8, else Windows-1252;
 * decode.ts), JSON, and `parseScenario` with its limits.
 */
import { scenarioIssue } from '../model/issues';
import { LIMITS } from '../model/limits';
import { parseScenarioText, type ParseResult } from '../model/scenario';
import { decodeText } from './decode';

/** Refuses a file of `size` bytes before it is read; null when it may be read. */
export function scenarioFileTooLarge(size: number): ParseResult | null {
	return size > LIMITS.fileBytes
		? {
				ok: false,
				issues: [scenarioIssue('fileTooLarge', { bytes: size, max: LIMITS.fileBytes })]
			}
		: null;
}

export function readScenarioFile(bytes: Uint8Array): ParseResult {
	const tooLarge = scenarioFileTooLarge(bytes.length);
	if (tooLarge) return tooLarge;
	const text = decodeText(bytes).text;
	if (text.trim() === '') return { ok: false, issues: [scenarioIssue('fileEmpty', {})] };
	return parseScenarioText(text);
}
