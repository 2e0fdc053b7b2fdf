/*
 * Caption formats (VTT, SRT, JSON, timed lines) cut speech every line or two. A reader wants
 * turns and paragraphs: consecutive cues of one speaker are merged, a paragraph ends on a long
 * pause or at a sentence end once it is long enough, and every cue's time is kept as a mark so a
 * place in the text still maps to its moment.
 */
import {InputError} from '../errors.js';
import {MAX_PARAGRAPHS, type DraftParagraph, type TimeMark} from '../model.js';
import {sanitizeLine} from '../sanitize.js';

export type Cue = {
	readonly start: number;
	/** Undefined when the source gives no end: the cue lasts until the next. */
	readonly end: number | undefined;
	/** Undefined when the cue names nobody: it continues the previous speaker. */
	readonly speaker: string | undefined;
	readonly text: string;
};

/** Silence (seconds) long enough to start a new paragraph. */
const PAUSE = 2;
/** Once a paragraph is this long, a sentence end closes it. */
const PARAGRAPH_LENGTH = 400;
/** A paragraph this long closes at the next cue, sentence end or not (a file with no punctuation). */
const MAX_PARAGRAPH_LENGTH = 1500;

const SENTENCE_END = /[.!?…]["'”’)\]]*$/u;
const ATTACHES_TO_PREVIOUS = /^[,.;:!?%)\]}…]/u;

/** Whitespace collapsed, control characters removed: how all cue text is kept. */
export function cleanCueText(text: string): string {
	return sanitizeLine(text).replace(/\s+/g, ' ').trim();
}

type Building = {speaker: string | undefined; start: number; end: number | undefined; text: string; marks: TimeMark[]};

function startsParagraph(current: Building | undefined, cue: Cue, speaker: string | undefined): boolean {
	if (!current || speaker !== current.speaker) return true;
	if (current.end !== undefined && cue.start - current.end >= PAUSE) return true;
	if (current.text.length >= MAX_PARAGRAPH_LENGTH) return true;
	return current.text.length >= PARAGRAPH_LENGTH && SENTENCE_END.test(current.text);
}

function extend(current: Building, cue: Cue, start: number) {
	const separator = ATTACHES_TO_PREVIOUS.test(cue.text) ? '' : ' ';
	const offset = current.text.length + separator.length;
	const lastStart = current.marks.at(-1)?.start ?? current.start;
	if (start > lastStart) current.marks.push({offset, start});
	current.text += separator + cue.text;
	if (cue.end !== undefined) current.end = Math.max(current.end ?? cue.end, cue.end);
}

function draftOf(building: Building): DraftParagraph {
	return {speaker: building.speaker, start: building.start, end: building.end, stamped: true, text: building.text, marks: building.marks};
}

/**
 * Merge cues, in reading order, into paragraphs. A cue that starts before the one before it is
 * kept where it is read, at that earlier cue's time; `warnings` says how many there were.
 */
export function cuesToParagraphs(cues: readonly Cue[], warnings: string[]): DraftParagraph[] {
	const drafts: DraftParagraph[] = [];
	let current: Building | undefined;
	let speaker: string | undefined;
	let lastStart = 0;
	let backwards = 0;
	for (const cue of cues) {
		if (cue.text === '') continue;
		speaker = cue.speaker ?? speaker;
		if (cue.start < lastStart) backwards++;
		const start = Math.max(cue.start, lastStart);
		lastStart = start;
		if (startsParagraph(current, cue, speaker)) {
			if (current) drafts.push(draftOf(current));
			if (drafts.length === MAX_PARAGRAPHS) throw new InputError(`has more than ${MAX_PARAGRAPHS.toLocaleString('en')} paragraphs, the most Parley reads`);
			current = {speaker, start, end: cue.end, text: cue.text, marks: []};
		} else {
			extend(current!, cue, start);
		}
	}

	if (current) drafts.push(draftOf(current));
	if (backwards > 0) warnings.push(`${backwards} cue${backwards === 1 ? ' starts' : 's start'} before the one before it; kept in reading order`);
	return drafts;
}

/*
 * `Name: text` at the start of a cue or line names the speaker. So could "Note: …" or "So: …",
 * so a name must look like one (up to four capitalised words, or WhisperX's `SPEAKER_00`) and be
 * used at least twice in the file, unless it has two words or more.
 */
const SPEAKER_PREFIX = /^(?:>>\s*)?(?:\[([\p{L}\p{N}_ .'’-]{1,40})\]|((?:\p{Lu}[\p{L}\p{N}.'’-]*)(?:\s+(?:\p{Lu}[\p{L}\p{N}.'’-]*|de|van|von|der|da|di|le|la|bin|al)){0,3}|\p{Lu}[\p{Lu}\p{N} .'’-]{0,39}))\s*:(?:\s+|$)/u;

export type SpeakerSplit = {readonly speaker: string | undefined; readonly text: string};

function splitPrefix(text: string): {name: string; rest: string} | undefined {
	const match = SPEAKER_PREFIX.exec(text);
	if (!match) return undefined;
	const name = cleanCueText(match[1] ?? match[2]!);
	return name === '' ? undefined : {name, rest: text.slice(match[0].length)};
}

/** Splits `Name:` prefixes off texts, accepting only names that pass the rule above. */
export function speakerPrefixes(texts: readonly string[]): (text: string) => SpeakerSplit {
	const counts = new Map<string, number>();
	for (const text of texts) {
		const name = splitPrefix(text)?.name;
		if (name !== undefined) counts.set(name, (counts.get(name) ?? 0) + 1);
	}

	return text => {
		const split = splitPrefix(text);
		if (!split || ((counts.get(split.name) ?? 0) < 2 && !split.name.includes(' '))) return {speaker: undefined, text};
		return {speaker: split.name, text: split.rest};
	};
}
