/*
 * Cue timing lines as real files write them. The standards say `00:01:02.500` (VTT, hours
 * optional) and `00:01:02,500` (SRT), but files in the wild have `0.860` (seconds only), one-digit
 * hours, missing or short milliseconds and the other separator. Those are read and counted as
 * repaired; a time with 60 or more seconds, or minutes under an hour field (`01:61:00.000`), is
 * impossible and its cue is dropped. (`75:00.000`, minutes alone, is 75 minutes.)
 */
import {episodeTime} from '../time.js';

export type Flavour = 'vtt' | 'srt';

const CANONICAL: Record<Flavour, RegExp> = {
	vtt: /^(?:\d{2,}:)?\d{2}:\d{2}\.\d{3}$/,
	// SRT files write a dot about as often as the comma.
	srt: /^\d{2}:\d{2}:\d{2}[,.]\d{3}$/,
};

const TIME = String.raw`(\d{1,9}(?::\d{1,2}){0,2}(?:[.,]\d+)?)`;
const TIMING_LINE = new RegExp(String.raw`^\s*${TIME}\s*-->\s*${TIME}?(?:\s+(.*))?\s*$`);

export type Timing = {
	readonly start: number;
	readonly end: number | undefined;
	readonly repaired: boolean;
};

export type TimingProblem = {readonly problem: string};

const TIME_PARTS = /^(?:(?:(\d+):)?(\d+):)?(\d+)(?:[.,](\d+))?$/;

/** Seconds in a cue time, or undefined for an impossible one (`00:61:00.000`). */
function readTime(text: string): number | undefined {
	const [, hours, minutes, seconds = '', fraction] = TIME_PARTS.exec(text) ?? [];
	if (minutes !== undefined && Number(seconds) >= 60) return undefined;
	if (hours !== undefined && Number(minutes) >= 60) return undefined;
	const whole = Number(hours ?? 0) * 3600 + Number(minutes ?? 0) * 60 + Number(seconds);
	return episodeTime(fraction === undefined ? whole : whole + Number(`0.${fraction}`));
}

export function isTimingLine(line: string): boolean {
	return line.includes('-->');
}

/** Read a line with `-->` in it: a timing, or what is wrong with it. */
export function readTiming(line: string, flavour: Flavour): Timing | TimingProblem {
	const match = TIMING_LINE.exec(line);
	if (!match) return {problem: `'${line.trim().slice(0, 60)}' is not a cue timing`};
	const [, startText = '', endText] = match;
	const start = readTime(startText);
	const end = endText === undefined ? undefined : readTime(endText);
	if (start === undefined) return {problem: `${startText} is not a time`};
	if (endText !== undefined && end === undefined) return {problem: `${endText} is not a time`};
	const canonical = CANONICAL[flavour];
	let repaired = !canonical.test(startText) || endText === undefined || !canonical.test(endText);
	let fixedEnd = end;
	if (end !== undefined && end < start) {
		fixedEnd = undefined;
		repaired = true;
	}

	return {start, end: fixedEnd, repaired};
}
