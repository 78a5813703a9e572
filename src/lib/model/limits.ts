/**
 * The largest scenario Verdeelwijzer accepts, in one table, and the check
 * that enforces it before any other work is done.
 *
 * Every entry point (scenario file, share link, import, restore from
 * storage, the worker, the headless run) goes through `parseScenario`, which
 * calls `limitIssue` first: a hostile or runaway document is refused in
 * facts naming the limit and the value, before the schema, the engine or
 * a structured clone ever walks it. The walk here is iterative and stops at
 * the first limit passed, so a 10.000-level nesting or 100.000 groups cost
 * next to nothing.
 *
 * Why these numbers: the whole country has 342 municipalities (2.000 leaves
 * room for older divisions and districts); a region works with about ten
 * demand groups (50 leaves room for its own); the horizon is 30 years
 * (fields.ts); 10.000 Monte Carlo runs give stable P10/P90, and
 * runs × municipalities × years ≤ 10 million bounds a band's time (its
 * memory is a fixed-size summary that does not grow with the runs);
 * kept unknown fields are for a newer app's additions, not for data (16
 * levels, 64 KB); names fit on a screen (200 characters). A scenario of
 * 2.000 municipalities with every field filled is about 1,5 MB as a file:
 * 5 MB covers it with room for unknown fields.
 */
import { MUNICIPALITY_FIELDS } from './fields';
import { scenarioIssue, type ValidationIssue } from './issues';

export const LIMITS = {
	municipalities: 2000,
	demandGroups: 50,
	/** runs × municipalities × years of the uncertainty runs */
	runCells: 10_000_000,
	/** levels inside one kept unknown field */
	unknownDepth: 16,
	/** all kept unknown fields together, in characters of JSON */
	unknownSize: 64 * 1024,
	/** a name (scenario, municipality, region label) */
	nameLength: 200,
	/** a municipality code or a demand group id */
	codeLength: 100,
	/** a scenario file, and a share link's content after unpacking (bytes) */
	fileBytes: 5 * 1024 * 1024,
	/** a share link fragment (characters) */
	linkLength: 200_000,
	/** an import file (bytes) and its data rows and cells */
	importBytes: 10 * 1024 * 1024,
	importRows: 2000,
	importCells: 300_000,
	/** what an .xlsx may unpack to (bytes) and how many parts it may have */
	xlsxUnpackedBytes: 50 * 1024 * 1024,
	xlsxEntries: 1000
} as const;

/** The keys the app itself reads, per kind of object; everything else is a kept unknown field. */
const KNOWN = {
	root: new Set([
		'format',
		'version',
		'name',
		'baseYear',
		'horizonYears',
		'municipalities',
		'demand',
		'key',
		'fairShareKey',
		'growthPath',
		'bounds',
		'compensation',
		'uncertainty',
		'personsPerUrgentHousehold'
	]),
	// The municipality fields of the field table, so a new field is known here at once.
	municipality: new Set(['code', 'name', ...Object.keys(MUNICIPALITY_FIELDS)]),
	group: new Set([
		'group',
		'perYear',
		'trendPerYear',
		'distributable',
		'statushouders',
		'key',
		'cv'
	]),
	key: new Set(['type', 'weights']),
	weights: new Set(['inhabitants', 'socialStock', 'available']),
	growthPath: new Set(['years', 'gamma']),
	bounds: new Set(['capShare', 'floorShare', 'capCounts']),
	compensation: new Set(['pricePerHousehold']),
	uncertainty: new Set(['runs', 'seed', 'mutationRateSd'])
};

type Kind = keyof typeof KNOWN;

const isObject = (x: unknown): x is Record<string, unknown> =>
	typeof x === 'object' && x !== null && !Array.isArray(x);

const STRING_LIMITS: Record<string, number> = {
	name: LIMITS.nameLength,
	code: LIMITS.codeLength,
	group: LIMITS.codeLength
};

/**
 * The first limit `input` passes, as an issue; null when it is within
 * every limit (or not an object at all: the schema says what is wrong then).
 */
export function limitIssue(input: unknown): ValidationIssue | null {
	if (!isObject(input)) return null;
	const { municipalities, demand } = input;
	if (Array.isArray(municipalities) && municipalities.length > LIMITS.municipalities) {
		return scenarioIssue(
			'tooManyMunicipalities',
			{ count: municipalities.length, max: LIMITS.municipalities },
			'municipalities'
		);
	}
	if (Array.isArray(demand) && demand.length > LIMITS.demandGroups) {
		return scenarioIssue(
			'tooManyGroups',
			{ count: demand.length, max: LIMITS.demandGroups },
			'demand'
		);
	}
	const runCells = runCellsOf(input);
	if (runCells > LIMITS.runCells) {
		return scenarioIssue(
			'tooManyRunCells',
			{ cells: runCells, max: LIMITS.runCells },
			'uncertainty.runs',
			'runs'
		);
	}
	return shapeIssue(input);
}

/** runs × municipalities × years as the input asks for (0 when any is missing). */
export function runCellsOf(input: Record<string, unknown>): number {
	const u = input.uncertainty;
	const runs = isObject(u) && typeof u.runs === 'number' ? u.runs : 0;
	const n = Array.isArray(input.municipalities) ? input.municipalities.length : 0;
	const years = typeof input.horizonYears === 'number' ? input.horizonYears : 0;
	const cells = runs * n * years;
	return Number.isFinite(cells) && cells > 0 ? cells : 0;
}

/** The known structure: string lengths, and the depth and size of unknown fields. */
function shapeIssue(root: Record<string, unknown>): ValidationIssue | null {
	let unknownSize = 0;
	const objects: [Record<string, unknown>, Kind, string][] = [[root, 'root', '']];
	const child = (path: string, key: string | number) =>
		typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${key}` : key;
	while (objects.length) {
		const [object, kind, path] = objects.pop()!;
		const known = KNOWN[kind];
		for (const key in object) {
			if (!Object.hasOwn(object, key)) continue;
			const value = object[key];
			if (typeof value === 'number' || typeof value === 'boolean') {
				if (known.has(key)) continue; // the schema checks known numbers
			}
			const at = child(path, key);
			if (!known.has(key)) {
				unknownSize += key.length + 4;
				const walked = walkUnknown(value, LIMITS.unknownSize - unknownSize);
				if (walked === 'deep') {
					return scenarioIssue(
						'unknownTooDeep',
						{ key: clip(key), max: LIMITS.unknownDepth },
						at,
						key
					);
				}
				unknownSize += walked;
				if (unknownSize > LIMITS.unknownSize) {
					return scenarioIssue('unknownTooLarge', { maxKb: LIMITS.unknownSize / 1024 }, at, key);
				}
				continue;
			}
			if (typeof value === 'string') {
				const max = STRING_LIMITS[key];
				if (max !== undefined && value.length > max) {
					return scenarioIssue('textTooLong', { length: value.length, max }, at, key);
				}
				continue;
			}
			const next = childKind(kind, key);
			if (!next) continue;
			if (Array.isArray(value) && (next === 'municipality' || next === 'group')) {
				value.forEach((item, i) => {
					if (isObject(item)) objects.push([item, next, child(at, i)]);
				});
			} else if (isObject(value)) objects.push([value, next, at]);
		}
	}
	return null;
}

function childKind(kind: Kind, key: string): Kind | null {
	if (kind === 'root') {
		if (key === 'municipalities') return 'municipality';
		if (key === 'demand') return 'group';
		if (key === 'key' || key === 'fairShareKey') return 'key';
		if (key === 'growthPath' || key === 'bounds' || key === 'compensation') return key;
		if (key === 'uncertainty') return 'uncertainty';
	}
	if (kind === 'group' && key === 'key') return 'key';
	if (kind === 'key' && key === 'weights') return 'weights';
	return null;
}

/**
 * Characters of JSON an unknown value takes (roughly: strings, keys and 8
 * per other value), or 'deep' past the depth limit. Iterative, and it stops
 * once `budget` is used up, so no input makes it slow or overflow the stack.
 */
function walkUnknown(value: unknown, budget: number): number | 'deep' {
	let size = 0;
	const stack: [unknown, number][] = [[value, 0]];
	while (stack.length && size <= budget) {
		const [item, depth] = stack.pop()!;
		if (typeof item === 'string') size += item.length + 2;
		else if (typeof item !== 'object' || item === null) size += 8;
		else {
			if (depth >= LIMITS.unknownDepth) return 'deep';
			size += 2;
			if (Array.isArray(item)) {
				for (const x of item) stack.push([x, depth + 1]);
			} else {
				for (const [k, x] of Object.entries(item)) {
					size += k.length + 3;
					stack.push([x, depth + 1]);
				}
			}
		}
	}
	return size;
}

const clip = (s: string) => (s.length > 60 ? `${s.slice(0, 60)}…` : s);
