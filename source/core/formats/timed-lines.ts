/*
 * Lines that open with their time: `00:01:02 text`, `[01:02] Name: text`, `(1:02:03) - text`, as
 * copied from YouTube or written by hand; Whisper's console output (`[00:00.000 --> 00:02.500]
 * text`); or with the name first: `Name: [00:01:02] text`, `Name (00:01:02): text` (Sonix and
 * others). Lines without a time continue the line before. Each timed line is a cue; cues are
 * merged into paragraphs like captions.
 */
import {InputError} from '../errors.js';
import {buildTranscript, type Transcript} from '../model.js';
import {cleanText} from '../sanitize.js';
import {CLOCK, parseClock} from '../time.js';
import {cuesToParagraphs, withPrefixedSpeakers} from './cues.js';
import {splitTitle, type TranscriptFormat} from './format.js';

const TIME = `(${CLOCK})`;
/** Each gives the time, then the text (which may open with `Name:`). */
const TIME_FIRST = [new RegExp(String.raw`^\s*\[${TIME}\s*-->\s*[\d:.,]+\]\s+(\S.*)$`), new RegExp(String.raw`^\s*[[(]?${TIME}[\])]?\s+(?:[-–—|]\s+)?(\S.*)$`)];
/** Gives the name, the time, then the text. */
const NAME_FIRST = new RegExp(String.raw`^\s*([^\s:[(][^:[(]{0,59}?)(?::\s*\[${TIME}\]|\s*\(${TIME}\):)\s+(\S.*)$`);

function readLine(line: string): {start: number; text: string} | undefined {
	for (const pattern of TIME_FIRST) {
		const match = pattern.exec(line);
		const start = match ? parseClock(match[1]!) : undefined;
		if (start !== undefined) return {start, text: cleanText(match![2]!)};
	}

	const named = NAME_FIRST.exec(line);
	const start = named ? parseClock(named[2] ?? named[3]!) : undefined;
	return start === undefined ? undefined : {start, text: cleanText(`${named![1]}: ${named![4]}`)};
}

function parse(text: string): Transcript {
	const {title, body} = splitTitle(text.split('\n'), line => readLine(line) !== undefined);
	const cues: {start: number; text: string}[] = [];
	for (const line of body) {
		const timed = readLine(line);
		const last = cues.at(-1);
		if (timed) cues.push(timed);
		else if (last && line.trim() !== '') last.text = `${last.text} ${cleanText(line)}`;
	}

	const warnings: string[] = [];
	const paragraphs = cuesToParagraphs(withPrefixedSpeakers(cues.map(cue => ({...cue, end: undefined, speaker: undefined}))), warnings);
	if (paragraphs.length === 0) throw new InputError('has times but no transcript text');
	return buildTranscript(title, paragraphs, {warnings});
}

/** What follows the time in a log line: `[main] INFO …`, `ERROR …`, `AM  Build started`. */
const LOG_ENTRY = /^(?:\[[^\]]*\]\s*)*(?:INFO|WARN(?:ING)?|ERROR|DEBUG|TRACE|FATAL|NOTICE)\b|^\[[\w.:-]+\]\s|^[AP]\.?M\b/i;
/** A transcript's times count from the start of the episode; a log's or a schedule's are clock times. */
const MAX_FIRST_TIME = 3600;

function detect(text: string): number {
	const lines = text.split('\n', 2000).filter(line => line.trim() !== '');
	const timed = lines.map(line => readLine(line)).filter(line => line !== undefined);
	if (timed.length < 2 || timed[0]!.start >= MAX_FIRST_TIME) return 0;
	if (timed.filter(line => LOG_ENTRY.test(line.text)).length >= timed.length / 2) return 0;
	return Math.min(1, (1.5 * timed.length) / lines.length) * 0.9;
}

export const timedLines: TranscriptFormat = {name: 'timed-lines', detect, parse};
