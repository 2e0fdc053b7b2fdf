/*
 * Cue timing lines as real files write them. The standards say `00:01:02.500` (VTT, hours
 * optional) and `00:01:02,500` (SRT), but files in the wild have other forms that are just as
 * clear: Whisper writes `01:02.500` under an hour and `1:02:03.500` (one-digit hours) over it,
 * old converters `0.860` (seconds only), and many the other separator or short milliseconds. Those
 * are read as they say, silently: nothing is lost. What is lost is counted: an end that is missing
 * or before its start (the cue then lasts until the next), and a time with 60 or more seconds, or
 * minutes under an hour field (`01:61:00.000`), which is impossible and drops its cue.
 * (`75:00.000`, minutes alone, is 75 minutes.)
 */
import {episodeTime} from '../time.js';

const TIME = String.raw`(\d{1,9}(?::\d{1,2}){0,2}(?:[.,]\d+)?)`;
const TIMING_LINE = new RegExp(String.raw`^\s*${TIME}\s*-->\s*${TIME}?(?:\s+(.*))?\s*$`);

export type Timing = {
	readonly start: number;
	/** Undefined when the line gives none, or one before the start: the cue lasts until the next. */
	readonly end: number | undefined;
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
export function readTiming(line: string): Timing | TimingProblem {
	const match = TIMING_LINE.exec(line);
	if (!match) return {problem: `'${line.trim().slice(0, 60)}' is not a cue timing`};
	const [, startText = '', endText] = match;
	const start = readTime(startText);
	const end = endText === undefined ? undefined : readTime(endText);
	if (start === undefined) return {problem: `${startText} is not a time`};
	if (endText !== undefined && end === undefined) return {problem: `${endText} is not a time`};
	return {start, end: end !== undefined && end >= start ? end : undefined};
}
