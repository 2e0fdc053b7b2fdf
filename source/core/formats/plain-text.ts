/*
 * Plain text with no times: `NAME: text` lines start a speaker's turn, other lines continue it and
 * a blank line starts a new paragraph. The transcript is untimed: Parley shows no clock for it.
 */
import {InputError} from '../errors.js';
import {addParagraph, buildTranscript, continueParagraph, type DraftParagraph, type Transcript} from '../model.js';
import {cleanText} from '../sanitize.js';
import {speakerPrefixes, type SpeakerSplit} from './cues.js';
import type {TranscriptFormat} from './format.js';
import {isStampLine} from './stamped-text.js';

function speakerLines(lines: readonly string[]): SpeakerSplit[] {
	const split = speakerPrefixes(lines.map(line => line.trim()));
	return lines.map(line => split(line.trim()));
}

/** The first line, unless it opens a turn of a speaker who speaks again (`Interview: Title` does not). */
function titleOf(lines: readonly string[], read: readonly SpeakerSplit[]): string {
	const first = read[0];
	if (!first) return '';
	const speaksAgain = first.speaker !== undefined && read.slice(1).some(line => line.speaker === first.speaker);
	return speaksAgain ? '' : cleanText(lines[0]!);
}

function parse(text: string): Transcript {
	const lines = text.split('\n');
	const read = speakerLines(lines);
	const title = titleOf(lines, read);
	const drafts: DraftParagraph[] = [];
	let speaker: string | undefined;
	let continuing = false;
	for (const [index, line] of read.entries()) {
		if (index === 0 && title !== '') continue;
		const body = cleanText(line.text);
		if (line.speaker !== undefined) {
			speaker = line.speaker;
			continuing = false;
		}

		if (body === '') {
			if (line.speaker === undefined) continuing = false;
			continue;
		}

		if (continuing) {
			continueParagraph(drafts, body);
		} else {
			addParagraph(drafts, {speaker, start: 0, stamped: false, text: body});
		}

		continuing = true;
	}

	if (drafts.length === 0) throw new InputError('has speakers but no transcript text');
	return buildTranscript(title, drafts, {timed: false});
}

/** Said in words: a sentence, or a few words (not `Files: *` or `Version: 2.1`). From a word's start: linear in a long word. */
const SPOKEN = /[.?!…]["”’)]*$|(?<!\p{L})\p{L}+\s+\p{L}+\s+\p{L}+/u;
/** Of the paragraphs (or lines, in a file with few blank lines), the share a speaker must open. */
const MIN_NAMED_SHARE = 0.4;

function detect(text: string): number {
	const lines = text.split('\n', 2000).filter(line => line.trim() !== '');
	// Lines that are times (`00:01:02`, `Name:<TAB>00:01:02`) make it the bundled format.
	if (lines.some(line => isStampLine(line))) return 0;
	const named = speakerLines(lines).filter(line => line.speaker !== undefined);
	const names = new Set(named.map(line => line.speaker));
	// Two speakers, and one of them speaks again (`Ingredients:`, `Method:` come once each).
	if (names.size < 2 || named.length === names.size) return 0;
	if (named.filter(line => SPOKEN.test(line.text.trim())).length < named.length / 2) return 0;
	const blocks = text
		.slice(0, 200_000)
		.split(/\n\s*\n/)
		.filter(block => block.trim() !== '');
	const units = blocks.length >= 4 ? blocks : lines;
	const share = speakerLines(units).filter(unit => unit.speaker !== undefined).length / units.length;
	return share < MIN_NAMED_SHARE ? 0 : Math.min(0.6, share);
}

export const plainText: TranscriptFormat = {name: 'plain-text', detect, parse};
