/**
 * What a reader types to go to a moment: a clock time (`35:00`, `1:05:10`), a duration (`90`,
 * `35m`, `1h5m`, `90s`), a step from where they are (`+90`, `-30s`, `+2m`), or a share of the
 * episode (`50%`).
 */
import {formatClock, parseClock} from './time.js';

export type TimeQueryResult = {readonly seconds: number} | {readonly error: string};

export const TIME_QUERY_EXAMPLES = '35:00  1:05:10  35m  +90  -30s  50%';
/** Where to open: steps from the start mean little there. */
export const START_TIME_EXAMPLES = '35:00  1:05:10  35m  90  50%';

const UNITS: Readonly<Record<string, number>> = {h: 3600, m: 60, s: 1};
const DURATION = /^(?:(\d+(?:\.\d+)?)h)?(?:(\d+(?:\.\d+)?)m(?:in)?)?(?:(\d+(?:\.\d+)?)s(?:ec)?)?$/;

/** `90`, `90s`, `35m`, `1h5m`, `1m30s`, or a clock time: seconds, or undefined. */
function parseLength(text: string): number | undefined {
	const clock = parseClock(text);
	if (clock !== undefined) return clock;
	const match = DURATION.exec(text);
	const [, hours, minutes, seconds] = match ?? [];
	if (hours === undefined && minutes === undefined && seconds === undefined) return undefined;
	return Number(hours ?? 0) * UNITS.h! + Number(minutes ?? 0) * UNITS.m! + Number(seconds ?? 0);
}

function share(text: string, duration: number): number | undefined {
	const match = /^(\d+(?:\.\d+)?)%$/.exec(text);
	if (!match) return undefined;
	return (duration * Number(match[1])) / 100;
}

/**
 * The moment `text` names, from `position` in an episode of `duration` seconds. A step past either
 * end stops at it; a time after the end is an error, said in a line the prompt can show.
 */
export function parseTimeQuery(text: string, position: number, duration: number, examples = TIME_QUERY_EXAMPLES): TimeQueryResult {
	const query = text.trim().toLowerCase().replaceAll(/\s+/g, '');
	const step = /^[+-]/.test(query) ? parseLength(query.slice(1)) : undefined;
	if (step !== undefined) return {seconds: Math.max(0, Math.min(duration, position + (query.startsWith('-') ? -step : step)))};
	const seconds = share(query, duration) ?? (/^[+-]/.test(query) ? undefined : parseLength(query));
	// Hundreds of digits make Infinity (and a share of an empty episode NaN): no time either.
	if (seconds === undefined || !Number.isFinite(seconds)) return {error: `not a time: '${text.trim()}'; try ${examples}`};
	if (seconds > duration) return {error: `${formatClock(seconds)} is after the end (${formatClock(duration)})`};
	return {seconds};
}

/** Without times: a share, or a paragraph as search results and chapters show it. */
export const PLACE_EXAMPLES = '50%  ¶12';
/** `¶12` or `p12`; as printed, `¶12 34%` (the paragraph says where, the share is rounded). */
const PARAGRAPH = /^(?:¶|p)\s*(\d+)(?:\s+\d+(?:\.\d+)?%)?$/i;

type Places = {readonly duration: number; readonly paragraphs: ReadonlyArray<{readonly start: number}>};

/** Whether `text` names a moment by its time, which a transcript without times cannot say. */
export function namesTime(text: string): boolean {
	const query = text.trim();
	return !query.endsWith('%') && !PARAGRAPH.test(query);
}

/**
 * The moment `text` names in a transcript: as `parseTimeQuery` reads it, or its paragraph (`¶12`,
 * from 1), where it starts.
 */
export function parsePlaceQuery(text: string, position: number, transcript: Places, examples = TIME_QUERY_EXAMPLES): TimeQueryResult {
	const paragraph = PARAGRAPH.exec(text.trim());
	if (!paragraph) return parseTimeQuery(text, position, transcript.duration, examples);
	const number = Number(paragraph[1]);
	const {paragraphs} = transcript;
	if (number < 1 || number > paragraphs.length) return {error: `there is no ¶${number}: the paragraphs are ¶1 to ¶${paragraphs.length}`};
	return {seconds: paragraphs[number - 1]!.start};
}
