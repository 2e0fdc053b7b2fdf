/*
 * WebVTT and SRT. Blocks are read by hand: every subtitle parser tried (media-captions, subtitle)
 * silently drops the cues real files time wrongly, and this one must keep and count them. Entities
 * are decoded by `entities`, the decoder htmlparser2 uses.
 */
import {InputError} from '../errors.js';
import {buildTranscript, type Transcript} from '../model.js';
import {cleanText} from '../sanitize.js';
import {readTiming, isTimingLine} from './cue-timing.js';
import {cuesToParagraphs, withPrefixedSpeakers, type Cue} from './cues.js';
import {decoderFor, type Decode} from './entities.js';
import type {TranscriptFormat} from './format.js';
import {firstFew, plural} from './warnings.js';

type RawCue = {start: number; end: number | undefined; lines: string[]};

/** Cues, how many of them had no usable end (each then lasts until the next), and the lines dropped. */
type Reading = {cues: RawCue[]; endless: number; dropped: string[]};

const METADATA_BLOCK = /^(?:WEBVTT|NOTE|STYLE|REGION)(?:[\s:]|$)/;

function readCueBlock(block: readonly string[], firstLine: number, reading: Reading) {
	let cue: RawCue | undefined;
	for (const [index, line] of block.entries()) {
		if (!isTimingLine(line)) {
			cue?.lines.push(line);
			continue;
		}

		// A cue with no blank line before it: the index line belongs to it, not to the cue before.
		if (cue && /^\s*\d+\s*$/.test(cue.lines.at(-1) ?? '')) cue.lines.pop();
		const timing = readTiming(line);
		if ('problem' in timing) {
			reading.dropped.push(`line ${firstLine + index}: ${timing.problem}`);
			cue = undefined;
			continue;
		}

		if (timing.end === undefined) reading.endless++;
		cue = {start: timing.start, end: timing.end, lines: []};
		reading.cues.push(cue);
	}
}

function readBlocks(text: string): Reading {
	const reading: Reading = {cues: [], endless: 0, dropped: []};
	const lines = text.split('\n');
	let block: string[] = [];
	let blockStart = 1;
	const finish = () => {
		const timed = block.some(line => isTimingLine(line));
		if (timed) readCueBlock(block, blockStart, reading);
		// Text after a blank line inside a cue (SRT files have them) continues that cue.
		else if (block.length > 0 && !METADATA_BLOCK.test(block[0]!)) for (const line of block) reading.cues.at(-1)?.lines.push(line);
		block = [];
	};

	for (const [index, line] of lines.entries()) {
		if (line.trim() === '') {
			finish();
			blockStart = index + 2;
		} else {
			block.push(line);
		}
	}

	finish();
	return reading;
}

// Bounded, so that a file of unclosed `<rt>` or `{\` costs linear time, not quadratic.
const RUBY_TEXT = /<rt\b[^>]{0,100}>[^<]{0,200}(?:<\/rt>)?/gi;
const TAG = /<\/?[a-zA-Z][^<>]*>|<\d[\d:.]*>/g;
const ASS_OVERRIDE = /\{\\[^}]{0,200}\}/g;
const VOICE = /<v(?:\.[^\s>]*)?(?:\s+([^>]*))?>/;

function cueText(text: string, decode: Decode): string {
	const unruby = text.includes('<rt') ? text.replace(RUBY_TEXT, '') : text;
	const untagged = unruby.includes('<') || unruby.includes('{') ? unruby.replace(TAG, '').replace(ASS_OVERRIDE, '') : unruby;
	return cleanText(untagged.includes('&') ? decode(untagged) : untagged);
}

/** A cue's text split at voice tags (`<v Ann>Hi <v Bo>Hello`), tags removed, entities decoded. */
function voiceParts(text: string, decode: Decode): {voice: string | undefined; text: string}[] {
	if (!text.includes('<v')) return [{voice: undefined, text: cueText(text, decode)}];
	return text.split(/(?=<v[\s.>])/).map(part => {
		const voice = VOICE.exec(part)?.[1];
		return {voice: voice === undefined ? undefined : cueText(voice, decode) || undefined, text: cueText(part, decode)};
	});
}

const MAX_ROLLED_LINES = 3;

/** How many of `lines` open with the last lines of `previous`. */
function overlap(previous: readonly string[], lines: readonly string[]): number {
	// Rolling captions repeat a line or two: a longer run is not looked for (and would cost n²).
	for (let count = Math.min(previous.length, lines.length, MAX_ROLLED_LINES); count > 0; count--) {
		if (lines.slice(0, count).every((line, index) => line === previous[previous.length - count + index])) return count;
	}

	return 0;
}

/** Share of cues that repeat the cue before's last line: YouTube's automatic captions do. */
const ROLLING_SHARE = 0.3;
/** Whether a file rolls shows in its first cues; only then are all its cues compared. */
const ROLLING_SAMPLE = 200;

function overlaps(raw: readonly RawCue[], decode: Decode): number[] {
	const plain = raw.map(cue => cue.lines.map(line => cueText(line, decode)));
	return plain.map((lines, index) => (index === 0 ? 0 : overlap(plain[index - 1]!, lines)));
}

function rolls(raw: readonly RawCue[], decode: Decode): boolean {
	const sample = raw.slice(0, ROLLING_SAMPLE);
	return overlaps(sample, decode).filter(count => count > 0).length >= ROLLING_SHARE * sample.length;
}

/**
 * Automatic captions roll: each cue repeats the line before it (and a 10 ms cue repeats it
 * alone). In a file that does this, a cue's lines that repeat the previous cue's are dropped.
 */
function withoutRolledLines(raw: readonly RawCue[], decode: Decode): readonly RawCue[] {
	if (!rolls(raw, decode)) return raw;
	const repeated = overlaps(raw, decode);
	return raw.map((cue, index) => ({...cue, lines: cue.lines.slice(repeated[index])}));
}

function toCues(raw: readonly RawCue[], decode: Decode): Cue[] {
	const cues = raw.flatMap(cue =>
		voiceParts(cue.lines.join('\n'), decode).map(part => ({start: cue.start, end: cue.end, speaker: part.voice, text: part.text})),
	);
	return withPrefixedSpeakers(cues);
}

/** Dropped cues first: the reader shows the first warning until a key is pressed. */
function readingWarnings(reading: Reading): string[] {
	const warnings: string[] = [];
	if (reading.dropped.length > 0) warnings.push(`${plural(reading.dropped.length, 'cue')} dropped: ${firstFew(reading.dropped, '; ')}`);
	if (reading.endless > 0) warnings.push(`${plural(reading.endless, 'cue')} with no end time, or one before the start, taken to last until the next`);
	return warnings;
}

async function parseCaptions(text: string, title: string): Promise<Transcript> {
	const decode = await decoderFor(text);
	const reading = readBlocks(text);
	const warnings = readingWarnings(reading);
	const paragraphs = cuesToParagraphs(toCues(withoutRolledLines(reading.cues, decode), decode), warnings);
	if (paragraphs.length === 0) {
		const why = reading.dropped[0] ?? (reading.cues.length > 0 ? 'every cue is empty' : 'no cues found');
		throw new InputError(`has no cues Parley can read (${why})`);
	}

	return buildTranscript(title, paragraphs, {warnings});
}

/** The text after `WEBVTT` on the header line (`WEBVTT - Episode 12`), which Parley writes as the title. */
function vttTitle(text: string): string {
	const header = /^\s*WEBVTT[ \t]+(?:-[ \t]+)?(.*)/.exec(text.slice(0, 1000))?.[1] ?? '';
	return cleanText(header);
}

/** How many of the first lines are timing lines, relative to what a caption file would have. */
function timingDensity(text: string): number {
	const lines = text.split('\n', 2000).filter(line => line.trim() !== '');
	const timings = lines.filter(line => isTimingLine(line) && !('problem' in readTiming(line))).length;
	// A cue is a timing line and one or two lines of text (plus an index in SRT).
	return timings === 0 ? 0 : Math.min(1, (3 * timings) / lines.length);
}

const VTT_HEADER = /^\s*WEBVTT(?:\s|$)/;

export const webVtt: TranscriptFormat = {
	name: 'vtt',
	// Without its header, WebVTT looks like SRT; only a .vtt name tips it back (see the hints).
	detect: text => (VTT_HEADER.test(text.slice(0, 100)) ? 1 : 0.9 * timingDensity(text)),
	parse: text => parseCaptions(text, vttTitle(text)),
};

export const srt: TranscriptFormat = {
	name: 'srt',
	detect: text => 0.95 * timingDensity(text),
	parse: text => parseCaptions(text, ''),
};
