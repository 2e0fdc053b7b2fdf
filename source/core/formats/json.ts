/* Reading JSON transcripts: one parse per text (detection and parsing share it), clean errors. */
import {InputError} from '../errors.js';
import {sanitizeLine} from '../sanitize.js';
import {episodeTime} from '../time.js';

let last: {text: string; value: unknown} | undefined;

/** Whether `text` is a JSON object at all (cheap: for detection before parsing). */
function looksLikeJsonObject(text: string): boolean {
	return /^\s*\{/.test(text.slice(0, 100));
}

function lineAndColumn(text: string, position: number): string {
	const before = text.slice(0, position).split('\n');
	return `line ${before.length}, column ${before.at(-1)!.length + 1}`;
}

/**
 * Where and why JSON.parse failed, in one line. V8's messages give a position, or quote the input
 * (which is untrusted and may span lines): the quote is left out.
 */
function describeJsonError(text: string, message: string): string {
	const position = /at position (\d+)/.exec(message)?.[1];
	const reason = sanitizeLine(message.replace(/ in JSON at position \d+.*$| after JSON at position \d+.*$|, ".*$/s, ''));
	if (position !== undefined) return `at ${lineAndColumn(text, Number(position))}: ${reason}`;
	return /end of JSON input/.test(message) ? `at the end: ${reason}` : reason;
}

/** The parsed value, or an `InputError` naming the line and column where the JSON breaks. */
export function readJson(text: string): unknown {
	if (last?.text === text) return last.value;
	try {
		last = {text, value: JSON.parse(text)};
		return last.value;
	} catch (error) {
		throw new InputError(`is not valid JSON (${describeJsonError(text, (error as Error).message)})`);
	}
}

/** The parsed value when it parses, for detection. */
export function tryJson(text: string): unknown {
	try {
		return looksLikeJsonObject(text) ? readJson(text) : undefined;
	} catch {
		return undefined;
	}
}

export function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A time in seconds from a JSON field: a non-negative number or a numeric string. */
export function secondsField(value: unknown): number | undefined {
	const seconds = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
	return typeof seconds === 'number' ? episodeTime(seconds) : undefined;
}

/** The `segments` array of a JSON transcript, or undefined when there is none. */
export function segmentsOf(value: unknown): unknown[] | undefined {
	return isRecord(value) && Array.isArray(value.segments) ? value.segments : undefined;
}
