/* Reading JSON transcripts: one parse per text (detection and parsing share it), clean errors. */
import {InputError} from '../errors.js';

let last: {text: string; value: unknown} | undefined;

/** Whether `text` is a JSON object at all (cheap: for detection before parsing). */
export function looksLikeJsonObject(text: string): boolean {
	return /^\s*\{/.test(text.slice(0, 100));
}

function lineAndColumn(text: string, position: number): string {
	const before = text.slice(0, position).split('\n');
	return `line ${before.length}, column ${before.at(-1)!.length + 1}`;
}

/** The parsed value, or an `InputError` naming the line and column where the JSON breaks. */
export function readJson(text: string): unknown {
	if (last?.text === text) return last.value;
	try {
		last = {text, value: JSON.parse(text)};
		return last.value;
	} catch (error) {
		const message = (error as Error).message;
		const position = /position (\d+)/.exec(message)?.[1];
		const where = position === undefined ? 'at the end' : `at ${lineAndColumn(text, Number(position))}`;
		throw new InputError(`is not valid JSON (${where}: ${message.replace(/ in JSON at position \d+.*$/, '').replace(/ \(line \d+ column \d+\)$/, '')})`);
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
	return typeof seconds === 'number' && Number.isFinite(seconds) && seconds >= 0 ? seconds : undefined;
}

/** The `segments` array of a JSON transcript, or undefined when there is none. */
export function segmentsOf(value: unknown): unknown[] | undefined {
	return isRecord(value) && Array.isArray(value.segments) ? value.segments : undefined;
}
