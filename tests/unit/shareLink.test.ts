/**
 * Share link (storage/shareLink.ts): the scenario survives the URL fragment
 * exactly, and a tampered, truncated, oversized or hostile fragment gives a
 * Dutch message instead of a scenario — never an exception.
 */
import fc from 'fast-check';
import { deflateSync } from 'fflate';
import { describe, expect, test } from 'vitest';
import { simulate } from '$lib/model/engine';
import { parseScenario } from '$lib/model/scenario';
import type { Scenario } from '$lib/model/types';
import {
	MAX_FRAGMENT_LENGTH,
	decodeShareFragment,
	encodeShareFragment,
	isFragmentTooLong
} from '$lib/storage/shareLink';
import { bijlage5, scenarioArbitrary, seeded } from './helpers';
import { issueText } from '$lib/i18n/issues';
import { problemText } from '$lib/i18n/problems';

const PREFIX = 'Deze deellink kan niet worden geopend:';

function valid(input: unknown): Scenario {
	const parsed = parseScenario(input);
	if (!parsed.ok) throw new Error(parsed.issues.map((i) => issueText(i, 'nl')).join(' | '));
	return parsed.scenario;
}

function opened(fragment: string): Scenario {
	const result = decodeShareFragment(fragment);
	if (!result?.ok)
		throw new Error(`link refused: ${result ? problemText(result.problem, 'nl') : 'no s='}`);
	return result.scenario;
}

/** A deep copy with -0 replaced by 0. */
const withoutNegativeZero = <T>(value: T): T =>
	Object.is(value, -0)
		? (0 as T)
		: Array.isArray(value)
			? (value.map(withoutNegativeZero) as T)
			: typeof value === 'object' && value !== null
				? (Object.fromEntries(
						Object.entries(value).map(([k, v]) => [k, withoutNegativeZero(v)])
					) as T)
				: value;

const base64url = (bytes: Uint8Array) =>
	Buffer.from(bytes).toString('base64').replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
const packText = (text: string) =>
	'#s=' + base64url(deflateSync(new TextEncoder().encode(text), { level: 9 }));
const packJson = (value: unknown) => packText(JSON.stringify(value));

describe('round trip', () => {
	test('minima, maxima and what the cap counts come back', () => {
		const s = bijlage5();
		s.municipalities[0]!.minPerYear = 70.5;
		s.municipalities[1]!.maxPerYear = 12;
		s.bounds = { capShare: 0.3, floorShare: 0, capCounts: 'urgents' };
		const back = opened(encodeShareFragment(valid(s)));
		expect(back.municipalities.map((m) => [m.minPerYear, m.maxPerYear])).toEqual([
			[70.5, undefined],
			[undefined, 12]
		]);
		expect(back.bounds.capCounts).toBe('urgents');
	});

	test('Bijlage 5 comes back deep-equal, with the same results', () => {
		const original = valid(bijlage5());
		const fragment = encodeShareFragment(original);
		expect(fragment).toMatch(/^#s=[A-Za-z0-9_-]+$/);
		const back = opened(fragment);
		expect(back).toEqual(original);
		expect(simulate(back)).toEqual(simulate(original));
		// and the link of the opened scenario is the same link
		expect(encodeShareFragment(back)).toBe(fragment);
	});

	test('a municipality named with markup comes back as the same plain string', () => {
		const markup = '<img src=x onerror=alert(1)>';
		const s = bijlage5();
		s.municipalities[1]!.name = markup;
		s.name = '"><script>alert("x")</script>';
		const back = opened(encodeShareFragment(valid(s)));
		expect(back.municipalities[1]!.name).toBe(markup);
		expect(typeof back.municipalities[1]!.name).toBe('string');
		expect(back.name).toBe(s.name);
	});

	test('fields this version does not know are kept', () => {
		const s = bijlage5() as Scenario;
		s.notes = { author: 'regio', tags: ['a', 'b'], n: 0.1 + 0.2 };
		s.municipalities[0]!.wijk = 'Centrum';
		const back = opened(encodeShareFragment(valid(s)));
		expect(back.notes).toEqual({ author: 'regio', tags: ['a', 'b'], n: 0.1 + 0.2 });
		expect(back.municipalities[0]!.wijk).toBe('Centrum');
	});

	test('random valid scenarios (up to 400 municipalities, extreme reals) come back exactly', () => {
		fc.assert(
			fc.property(scenarioArbitrary({ extreme: true }), (s) => {
				const original = valid(s);
				const fragment = encodeShareFragment(original);
				expect(isFragmentTooLong(fragment)).toBe(false);
				// JSON has no -0 (the file format neither): it comes back as 0, all else exactly.
				expect(opened(fragment)).toEqual(withoutNegativeZero(original));
			}),
			seeded(25)
		);
	});

	test('other parameters in the fragment are ignored, a leading # is optional', () => {
		const original = valid(bijlage5());
		const data = encodeShareFragment(original).slice(1);
		expect(opened(`#jaar=2030&${data}`)).toEqual(original);
		expect(opened(data)).toEqual(original);
	});

	test('a fragment without s= is not a share link', () => {
		for (const hash of ['', '#', '#jaar=2030', '#xs=abc', '#a=1&bs=2']) {
			expect(decodeShareFragment(hash)).toBeNull();
		}
		expect(decodeShareFragment('#x=' + 'A'.repeat(300_000))).toBeNull();
	});
});

describe('hostile fragments', () => {
	const good = encodeShareFragment(valid(bijlage5()));
	const wrongTypes = bijlage5() as unknown as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
	wrongTypes.municipalities[0].inhabitants = 'veel';
	wrongTypes.municipalities[1].dwellings = null;
	wrongTypes.horizonYears = '10';
	wrongTypes.demand[0].distributable = 'ja';
	const otherFormat = { ...bijlage5(), format: 'ander-programma' };
	const newerVersion = { ...bijlage5(), version: 2 };
	const manyMunicipalities = {
		...bijlage5(),
		municipalities: Array.from({ length: 2001 }, (_, i) => ({
			...bijlage5().municipalities[0],
			code: `GM${i}`
		}))
	};
	// Built as text: JSON.stringify itself overflows the stack on such nesting.
	const deep = '['.repeat(100_000) + '1' + ']'.repeat(100_000);
	const garbage = Uint8Array.from({ length: 300 }, (_, i) => (i * 37 + 11) & 255);

	const cases: { what: string; hash: string; says: string | RegExp }[] = [
		{ what: 'not base64', hash: '#s=<script>alert(1)</script>', says: 'beschadigd' },
		{
			what: 'base64 with a space',
			hash: good.slice(0, 40) + ' ' + good.slice(40),
			says: 'beschadigd'
		},
		{ what: 'standard base64 (+ and /)', hash: '#s=ab+c/def', says: 'beschadigd' },
		{ what: 'an impossible length', hash: '#s=abcde', says: 'beschadigd' },
		{ what: 'empty', hash: '#s=', says: 'niets na' },
		{ what: 'broken percent-encoding', hash: '#s=abc%E0%A4%A', says: 'beschadigd' },
		{ what: 'truncated to half', hash: good.slice(0, good.length >> 1), says: 'beschadigd' },
		{ what: 'truncated by one character', hash: good.slice(0, -1), says: 'beschadigd' },
		{ what: 'truncated by five characters', hash: good.slice(0, -5), says: 'beschadigd' },
		{ what: '1 MB of data', hash: '#s=' + 'A'.repeat(1_000_000), says: 'te lang' },
		{
			what: 'just over the length limit',
			hash: '#s=' + 'A'.repeat(MAX_FRAGMENT_LENGTH - 2),
			says: 'te lang'
		},
		{ what: 'valid base64 of garbage', hash: '#s=' + base64url(garbage), says: 'beschadigd' },
		{
			what: 'valid deflate of non-JSON',
			hash: packText('hallo <b>wereld</b>'),
			says: 'geen geldige JSON'
		},
		{
			what: 'valid deflate of invalid UTF-8',
			hash: '#s=' + base64url(deflateSync(new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]))),
			says: 'geen leesbare tekst'
		},
		{ what: 'JSON that is not an object', hash: packJson([1, 2, 3]), says: 'geen JSON-object' },
		{ what: 'JSON null', hash: packJson(null), says: 'geen JSON-object' },
		{
			what: 'JSON with wrong types',
			hash: packJson(wrongTypes),
			says: /Centrumgemeente.*inhabitants/
		},
		{
			what: 'a scenario of another format',
			hash: packJson(otherFormat),
			says: 'geen Verdeelwijzer-scenario'
		},
		{ what: 'a newer version', hash: packJson(newerVersion), says: 'versie 2' },
		{
			what: 'too many municipalities',
			hash: packJson(manyMunicipalities),
			says: 'hoogstens 2.000'
		},
		{
			what: 'nesting 100,000 deep',
			hash: packText(JSON.stringify(bijlage5()).replace(/}$/, `,"x":${deep}}`)),
			says: 'diep genest'
		},
		{
			what: 'a deflate bomb (20 MB of zeros)',
			hash: '#s=' + base64url(deflateSync(new Uint8Array(20e6), { level: 9 })),
			says: 'meer dan 5 MB'
		},
		{
			what: 'a deflate bomb just over 5 MB of JSON',
			hash: packText(' '.repeat(5 * 1024 * 1024) + '{}'),
			says: 'meer dan 5 MB'
		}
	];

	test.each(cases)('$what: a Dutch message, no scenario, no exception', ({ hash, says }) => {
		let result: ReturnType<typeof decodeShareFragment> = null;
		expect(() => (result = decodeShareFragment(hash))).not.toThrow();
		expect(result).not.toBeNull();
		const r = result!;
		expect(r.ok).toBe(false);
		if (r.ok) return;
		expect(problemText(r.problem, 'nl').startsWith(PREFIX)).toBe(true);
		expect(problemText(r.problem, 'nl')).toMatch(says);
		expect(problemText(r.problem, 'nl')).toContain('blijft open');
		expect(r).not.toHaveProperty('scenario');
	});

	test('wrong types: the first three of parseScenario’s reasons, and how many more', () => {
		const r = decodeShareFragment(packJson(wrongTypes));
		const issues = parseScenario(wrongTypes);
		if (r?.ok !== false || issues.ok) throw new Error('expected both to refuse');
		expect(issues.issues.length).toBe(4);
		for (const issue of issues.issues.slice(0, 3))
			expect(problemText(r.problem, 'nl')).toContain(issueText(issue, 'nl'));
		expect(problemText(r.problem, 'nl')).not.toContain(issueText(issues.issues[3]!, 'nl'));
		expect(problemText(r.problem, 'nl')).toContain('Daarnaast nog 1 ander probleem.');
	});

	test('a bomb stops early: below 5 MB the same padding is fine', () => {
		const padded = ' '.repeat(4 * 1024 * 1024) + JSON.stringify(bijlage5());
		const fragment = packText(padded);
		expect(fragment.length).toBeLessThan(MAX_FRAGMENT_LENGTH);
		expect(opened(fragment)).toEqual(valid(bijlage5()));
	});

	test('every single-character change of a good link is refused or still a valid scenario', () => {
		const alphabet = 'AZaz09-_';
		for (let at = 3; at < good.length; at += 7) {
			const c = alphabet[at % alphabet.length];
			const tampered = good.slice(0, at) + (good[at] === c ? 'Q' : c) + good.slice(at + 1);
			const r = decodeShareFragment(tampered);
			expect(r).not.toBeNull();
			if (r!.ok) expect(parseScenario(r!.scenario).ok).toBe(true);
			else expect(problemText(r!.problem, 'nl').startsWith(PREFIX)).toBe(true);
		}
	});

	test('__proto__ in a link pollutes nothing and does not come back', () => {
		const text = JSON.stringify(bijlage5()).replace(
			'{',
			'{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},'
		);
		const json = JSON.parse(text.replace('"code":"C"', '"__proto__":{"polluted":true},"code":"C"'));
		expect(Object.hasOwn(json, '__proto__')).toBe(true); // the test input really carries it
		const back = opened(packText(JSON.stringify(json)));
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
		expect(Object.getPrototypeOf(back)).toBe(Object.prototype);
		expect(Object.getPrototypeOf(back.municipalities[0])).toBe(Object.prototype);
		expect(Object.hasOwn(back, '__proto__')).toBe(false);
		expect(Object.hasOwn(back.municipalities[0]!, '__proto__')).toBe(false);
		expect((back as Record<string, unknown>).polluted).toBeUndefined();
	});
});
