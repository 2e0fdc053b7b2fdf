/* What a reader types at `:` or `--at`, at random: a moment inside the episode, or an error. */
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {parseTimeQuery} from '../../source/core/time-query.js';
import {formatClock, MAX_SECONDS, parseClock} from '../../source/core/time.js';
import {BAD_NUMBERS, expectTime, hostileString} from '../helpers/hostile.js';

/** Pieces of every form a time query takes, and of forms it does not. */
const PIECES = [
	'0',
	'1',
	'9',
	'59',
	'60',
	'99',
	':',
	'.',
	',',
	'%',
	'+',
	'-',
	'h',
	'm',
	's',
	'min',
	'sec',
	' ',
	'\t',
	'1e3',
	'NaN',
	'Infinity',
	'٣',
	'１',
	...BAD_NUMBERS,
];
const typed = fc.oneof(
	hostileString(60),
	fc.array(fc.constantFrom(...PIECES), {maxLength: 10}).map(parts => parts.join('')),
	fc.constantFrom('', ' ', '9'.repeat(400), `${'9'.repeat(400)}%`, `${'9'.repeat(400)}s`, `+${'9'.repeat(400)}h`),
);
const episode = fc
	.oneof(fc.constant(0), fc.double({min: 0, max: MAX_SECONDS, noNaN: true}))
	.chain(duration => fc.tuple(fc.constant(duration), fc.double({min: 0, max: duration, noNaN: true})));

describe('parseTimeQuery', () => {
	it('gives a time inside the episode, or a one-line error, for anything typed', () => {
		fc.assert(
			fc.property(typed, episode, (text, [duration, position]) => {
				const result = parseTimeQuery(text, position, duration);
				// The error quotes what was typed; the keymap (or InputError, for --at) has made that safe.
				if ('error' in result) {
					expect(result.error).not.toBe('');
					expect(result.error.replace(text.trim(), '')).not.toMatch(/NaN|Infinity/);
				} else {
					expectTime(result.seconds, duration);
				}
			}),
			{numRuns: 300},
		);
	});

	it('goes to any clock time inside the episode, as typed', () => {
		fc.assert(
			fc.property(episode, ([duration]) => {
				const seconds = Math.floor(duration);
				expect(parseTimeQuery(formatClock(seconds), 0, duration)).toEqual({seconds});
			}),
			{numRuns: 200},
		);
	});
});

describe('parseClock', () => {
	it('reads anything as a time an episode can have, or as no time', () => {
		fc.assert(
			fc.property(typed, text => {
				const seconds = parseClock(text);
				if (seconds !== undefined) expectTime(seconds, MAX_SECONDS);
			}),
			{numRuns: 300},
		);
	});

	it('reads back every clock it writes', () => {
		fc.assert(
			fc.property(fc.integer({min: 0, max: MAX_SECONDS}), seconds => {
				expect(parseClock(formatClock(seconds))).toBe(seconds);
			}),
			{numRuns: 200},
		);
	});
});

describe('typed times found by these properties', () => {
	// Hundreds of digits make Infinity: they were 'Infinity:NaN:NaN is after the end', or a time of NaN.
	it.each([
		['400 nines and s', `${'9'.repeat(400)}s`, 100],
		['400 nines and %', `${'9'.repeat(400)}%`, 100],
		['400 nines and %, in an episode of no length', `${'9'.repeat(400)}%`, 0],
	])('%s is not a time', (_, text, duration) => {
		expect(parseTimeQuery(text, 0, duration)).toEqual({error: expect.stringMatching(/^not a time: /) as string});
	});
});
