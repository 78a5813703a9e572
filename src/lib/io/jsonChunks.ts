/**
 * JSON text in pieces: the same characters as `JSON.stringify(value)`, but
 * produced a part at a time, so a large result is written without ever
 * holding all of it as one string (V8 refuses strings beyond ~512 MB).
 * Objects and arrays down to `depth` levels are opened element by element;
 * below that each element is one `JSON.stringify` call.
 */
export function* jsonChunks(value: unknown, depth = 3): Generator<string> {
	if (depth <= 0 || typeof value !== 'object' || value === null) {
		yield JSON.stringify(value) ?? 'null';
		return;
	}
	if ('toJSON' in value && typeof value.toJSON === 'function') {
		yield JSON.stringify(value);
		return;
	}
	if (Array.isArray(value)) {
		yield '[';
		for (let i = 0; i < value.length; i++) {
			if (i > 0) yield ',';
			const item: unknown = value[i];
			// As JSON.stringify: what has no JSON form is null inside an array.
			if (item === undefined || typeof item === 'function' || typeof item === 'symbol')
				yield 'null';
			else yield* jsonChunks(item, depth - 1);
		}
		yield ']';
		return;
	}
	yield '{';
	let first = true;
	for (const [key, item] of Object.entries(value)) {
		if (item === undefined || typeof item === 'function' || typeof item === 'symbol') continue;
		yield `${first ? '' : ','}${JSON.stringify(key)}:`;
		first = false;
		yield* jsonChunks(item, depth - 1);
	}
	yield '}';
}
