/** Hostile input for the property and injection tests, and what a clean refusal of it looks like. */
import fc from 'fast-check';
import {expect} from 'vitest';
import {InputError} from '../../source/core/errors.js';

/** What no text Parley shows may hold: C0 and C1 controls (line breaks and tabs too), DEL, bidi controls. */
export const UNSAFE = /[\u0000-\u001F\u007F-\u009F\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

/** Each of these could act on a terminal, or reorder what it shows, if written as it is. */
export const ATTACKS = [
	'\u001B]52;c;cGF5bG9hZA==\u0007',
	'\u001B]0;pwned\u0007',
	'\u001B]2;x\u001B\\',
	'\u001B[2J',
	'\u001B[H',
	'\u001B[10;10H',
	'\u009B2J',
	'\u009D0;c1\u009C',
	'\u0090qdcs\u009C',
	'\u007F',
	'\u0007',
	'\b\b',
	'\r',
	'\u202E',
	'\u2066',
	'\u2067',
	'\u2068',
	'\u2069',
	'\u200D',
] as const;

/** `word` (readable, to search for), then all of them but the line break: text for one line (a name, a title). */
export function hostile(word: string): string {
	return `${word} ${ATTACKS.filter(attack => attack !== '\r').join(' ')}`;
}

/** Numbers a time field should never be trusted with. */
export const BAD_NUMBERS = [
	'99999999999999999999',
	'-5',
	'NaN',
	'1e309',
	'-0',
	'9'.repeat(400),
	'Infinity',
	'1.7976931348623157e308',
	'00:61:00',
	'999:59:59.999',
	'-00:00:01',
	'0.0000001',
] as const;

/** Strings of any code points, with the attacks, line ends and tabs mixed in often. */
export const hostileString = (maxLength = 300) =>
	fc.oneof(
		fc.string({unit: 'binary', maxLength}),
		fc
			.array(fc.oneof(fc.constantFrom(...ATTACKS, '\n', '\t', '\u0000', '\uD800', '\uFEFF', ' '), fc.string({maxLength: 8})), {
				maxLength: Math.ceil(maxLength / 10),
			})
			.map(parts => parts.join('')),
	);

/** Short enough to read in a footer or on one line of stderr, with room for a file's name. */
const MAX_MESSAGE = 400;

/** A refusal must be an `InputError` said in one short, safe line; anything else is rethrown for fast-check to report. */
function expectCleanError(error: unknown): void {
	if (!(error instanceof InputError)) throw error;
	expect(error.message).not.toMatch(UNSAFE);
	expect(error.message.length).toBeLessThanOrEqual(MAX_MESSAGE);
}

/** What `read` returns, checked by `check`; or a clean refusal. */
export async function readsOrRefuses<T>(read: () => T | Promise<T>, check: (value: T) => void): Promise<void> {
	let value: T;
	try {
		value = await read();
	} catch (error) {
		expectCleanError(error);
		return;
	}

	check(value);
}

/** Text that is shown on one line: no controls, no bidi overrides. */
export function expectSafe(...texts: ReadonlyArray<string | undefined>): void {
	for (const text of texts) if (text !== undefined) expect(text).not.toMatch(UNSAFE);
}

/** A time Parley can work with. */
export function expectTime(seconds: number, max = Number.MAX_VALUE): void {
	expect(Number.isFinite(seconds) && seconds >= 0 && seconds <= max, `time ${seconds}`).toBe(true);
}

type Edit = {readonly kind: string; readonly at: number; readonly other: number; readonly text: string};

/** Random edits of a file's lines: each deletes, inserts, duplicates, swaps, flips a character, breaks a number, or makes a line huge. */
const edits = fc.array(
	fc.record({
		kind: fc.constantFrom('delete', 'insert', 'duplicate', 'swap', 'flip', 'number', 'long', 'attack'),
		at: fc.nat(),
		other: fc.nat(),
		text: hostileString(40),
	}),
	{maxLength: 8},
);

function editLine(line: string, {kind, other, text}: Edit): string {
	if (kind === 'flip') return line.slice(0, other % (line.length + 1)) + (text[0] ?? '') + line.slice((other % (line.length + 1)) + 1);
	if (kind === 'number') return line.replace(/\d+/, BAD_NUMBERS[other % BAD_NUMBERS.length]!);
	if (kind === 'long') return `${line} ${`${text}x`.repeat(Math.ceil(20_000 / (text.length + 1)))}`;
	return `${line}${ATTACKS[other % ATTACKS.length]}${text}`;
}

/** `text` with `changes` made to its lines, then cut at `cut` (when given). */
function mutate(text: string, changes: readonly Edit[], cut?: number): string {
	const lines = text.split('\n');
	for (const change of changes) {
		const index = change.at % lines.length;
		if (change.kind === 'delete' && lines.length > 1) lines.splice(index, 1);
		else if (change.kind === 'insert') lines.splice(index, 0, change.text);
		else if (change.kind === 'duplicate') lines.splice(index, 0, lines[index]!);
		else if (change.kind === 'swap') [lines[index], lines[change.other % lines.length]] = [lines[change.other % lines.length]!, lines[index]!];
		else if (change.kind !== 'delete') lines[index] = editLine(lines[index]!, change);
	}

	const mutated = lines.join('\n');
	return cut === undefined ? mutated : mutated.slice(0, cut % (mutated.length + 1));
}

/** One of `texts`, mutated. */
export const mutatedFrom = (texts: readonly string[]) =>
	fc
		.record({text: fc.constantFrom(...texts), changes: edits, cut: fc.oneof({weight: 2, arbitrary: fc.constant(undefined)}, {weight: 1, arbitrary: fc.nat()})})
		.map(({text, changes, cut}) => mutate(text, changes, cut));
