/*
 * Caption formats (VTT, SRT, JSON, timed lines) cut speech every line or two. A reader wants
 * turns and paragraphs: consecutive cues of one speaker are merged, a paragraph ends on a long
 * pause or at a sentence end once it is long enough, and every cue's time is kept as a mark so a
 * place in the text still maps to its moment. A pause inside a sentence ("…to something" /
 * "that is almost enjoyable") ends nothing: the sentence stays in one paragraph.
 */
import {addParagraph, wordsIn, type DraftParagraph, type TimeMark} from '../model.js';
import {cleanText} from '../sanitize.js';
import {plural} from './warnings.js';

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
/** Cues with no end (timed lines): a gap this long between two starts is a pause too. */
const PAUSE_BETWEEN_STARTS = 10;
/** Once a paragraph is this long, a sentence end closes it. */
const PARAGRAPH_LENGTH = 400;
/** A paragraph this long closes at the next cue, sentence end or not (a file with no punctuation). */
const MAX_PARAGRAPH_LENGTH = 1500;
/**
 * Captions hold a line or two (under 100 characters). Cues this long at the median are paragraphs
 * already (a transcript exported per paragraph): each is kept as one.
 */
const PARAGRAPH_CUE_LENGTH = 150;

/** Whether these are captions (a line or two each) rather than paragraphs, by their median length. */
export function areCaptions(pieces: ReadonlyArray<{readonly text: string}>): boolean {
	const lengths = pieces
		.map(piece => piece.text.length)
		.filter(length => length > 0)
		.sort((a, b) => a - b);
	return (lengths[Math.floor(lengths.length / 2)] ?? 0) < PARAGRAPH_CUE_LENGTH;
}

const SENTENCE_END = /[.!?…]["'”’)\]]*$/u;
const ATTACHES_TO_PREVIOUS = /^[,.;:!?%)\]}…]/u;
/** Where a cue opens in lower case (`e.g. the`, `Dr. who`), the full stop before it ended no sentence. */
const OPENS_LOWER = /^["'“‘(]*\p{Ll}/u;
const SENTENCE_MARKS = /[.!?…]["'”’)\]]*(?=\s|$)/gu;
/** Fewer sentence ends than one in this many words: a file without punctuation (automatic captions). */
const WORDS_PER_SENTENCE = 60;

/**
 * Whether the cues write sentences, so that a cue's last character tells whether its sentence goes
 * on; in a file without punctuation nothing does, and only pauses divide it.
 */
function writesSentences(cues: readonly Cue[]): boolean {
	let words = 0;
	let ends = 0;
	for (const {text} of cues) {
		words += wordsIn(text);
		ends += text.match(SENTENCE_MARKS)?.length ?? 0;
	}

	return ends * WORDS_PER_SENTENCE >= words;
}

/** Whether `next` goes on with the sentence `text` leaves open. */
function continuesSentence(text: string, next: string): boolean {
	return !SENTENCE_END.test(text) || OPENS_LOWER.test(next);
}

type Building = {speaker: string | undefined; start: number; end: number | undefined; text: string; marks: TimeMark[]};

/** How the cues are merged: whether each is a paragraph already, whether they write sentences. */
type Merging = {readonly cuesAreParagraphs: boolean; readonly sentences: boolean};

function startsParagraph(current: Building | undefined, cue: Cue, speaker: string | undefined, merging: Merging): boolean {
	if (!current || speaker !== current.speaker || merging.cuesAreParagraphs) return true;
	if (current.text.length >= MAX_PARAGRAPH_LENGTH) return true;
	// A sentence going on across a pause stays whole; its cue's time is a mark inside the paragraph.
	if (merging.sentences && continuesSentence(current.text, cue.text)) return false;
	if (current.end !== undefined && cue.start - current.end >= PAUSE) return true;
	if (current.end === undefined && cue.start - (current.marks.at(-1)?.start ?? current.start) >= PAUSE_BETWEEN_STARTS) return true;
	return current.text.length >= PARAGRAPH_LENGTH && SENTENCE_END.test(current.text);
}

function extend(current: Building, cue: Cue, start: number) {
	const separator = ATTACHES_TO_PREVIOUS.test(cue.text) ? '' : ' ';
	const offset = current.text.length + separator.length;
	const lastStart = current.marks.at(-1)?.start ?? current.start;
	if (start > lastStart) current.marks.push({offset, start});
	current.text += separator + cue.text;
	// The paragraph ends with its last cue; when that has no end, where the next paragraph starts.
	current.end = cue.end === undefined ? undefined : Math.max(current.end ?? cue.end, cue.end);
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
	const merging = {cuesAreParagraphs: !areCaptions(cues), sentences: writesSentences(cues)};
	for (const cue of cues) {
		if (cue.text === '') continue;
		speaker = cue.speaker ?? speaker;
		if (cue.start < lastStart) backwards++;
		const start = Math.max(cue.start, lastStart);
		lastStart = start;
		if (startsParagraph(current, cue, speaker, merging)) {
			if (current) addParagraph(drafts, draftOf(current));
			current = {speaker, start, end: cue.end, text: cue.text, marks: []};
		} else {
			extend(current!, cue, start);
		}
	}

	if (current) addParagraph(drafts, draftOf(current));
	if (backwards > 0) warnings.push(`${plural(backwards, 'cue')} starting before the one before kept in reading order`);
	return drafts;
}

/*
 * `Name: text` (or WhisperX's `[SPEAKER_00]: text`) at the start of a cue or line names the
 * speaker. So might "Note: …" or "So: …": a name must look like one (up to four capitalised words,
 * numbers or particles — "Speaker 1", "Jon de Vries" — with a parenthesised aside, or all capitals,
 * or anything in brackets) and not be a label ("Note", "Step 2", unless bracketed), and the file
 * must use the convention, which it shows by a name in brackets, a name of two words or more, a
 * diarizer's `SPEAKER_00`, a name used twice, or two different names. Then every such prefix in
 * it is a name: captions write `Name:` only when the speaker changes, so a guest who speaks once
 * is named once.
 */
const NAME_WORD = String.raw`\p{Lu}[\p{L}\p{N}_.'’-]*`;
const NEXT_WORD = String.raw`${NAME_WORD}|\d{1,3}|de|van|von|der|da|di|le|la|bin|al`;
// Zoom adds pronouns or a company to display names: `Jane Smith (she/her):`.
const ASIDE = String.raw`(?:\s+\([^()\n]{1,30}\))?`;
const SPEAKER_PREFIX = new RegExp(
	String.raw`^(?:>>\s*)?(?:\[([^\]\n]{1,60})\]|(${NAME_WORD}(?:\s+(?:${NEXT_WORD})){0,3}${ASIDE}|\p{Lu}[\p{Lu}\p{N} .'’-]{0,39}))\s*:(?:\s+|$)`,
	'u',
);

export type SpeakerSplit = {readonly speaker: string | undefined; readonly text: string};

/** Where the colon is, when a reader could take the start of `text` for a speaker's name. */
export function speakerColon(text: string): number | undefined {
	const match = SPEAKER_PREFIX.exec(text);
	return match ? match[0].lastIndexOf(':') : undefined;
}

/** Whether a reader could take the start of `text` for a speaker's name (writers then name the speaker). */
export function startsLikeSpeaker(text: string): boolean {
	return speakerColon(text) !== undefined;
}

/** Labels that open notes, logs and metadata (`Note: …`, `License: …`), never a speaker's name. */
const LABELS = new Set(
	'note notes nb ps files file copyright license licence source format comment comments date time subject from to cc re action todo example warning error info debug usage version description summary title author status step update edit tip tips answer question chapter part section episode agenda attendees decision decisions ingredients method serves'.split(
		' ',
	),
);

type Prefix = {name: string; rest: string; bracketed: boolean};

function splitPrefix(text: string): Prefix | undefined {
	const match = SPEAKER_PREFIX.exec(text);
	if (!match) return undefined;
	const name = cleanText(match[1] ?? match[2]!);
	const bracketed = match[1] !== undefined;
	// `Step 2:` and `Chapter 3:` are labels too; `[Note]:` is a name, bracketed on purpose.
	const label = LABELS.has(name.toLowerCase()) || LABELS.has(name.split(' ')[0]!.toLowerCase());
	if (name === '' || (label && !bracketed)) return undefined;
	return {name, rest: text.slice(match[0].length), bracketed};
}

/** Whether texts that open with these prefixes name speakers (the rule above). */
function usesNamePrefixes(texts: readonly string[]): boolean {
	const seen = new Set<string>();
	for (const text of texts) {
		const prefix = splitPrefix(text);
		if (!prefix) continue;
		if (prefix.bracketed || /\s|^SPEAKER_\d+$/.test(prefix.name) || seen.has(prefix.name) || seen.size > 0) return true;
		seen.add(prefix.name);
	}

	return false;
}

/** Splits `Name:` prefixes off texts when the file uses them (the rule above). */
export function speakerPrefixes(texts: readonly string[]): (text: string) => SpeakerSplit {
	if (!usesNamePrefixes(texts)) return text => ({speaker: undefined, text});
	return text => {
		const prefix = splitPrefix(text);
		return prefix ? {speaker: prefix.name, text: prefix.rest} : {speaker: undefined, text};
	};
}

/**
 * How a writer prefixes the names it writes (in order, repeats included) so that this reader takes
 * them back: `Name: `, or `[Name]: ` when the plain form would not show the convention (a one-word
 * name used once) or would not read back as that name.
 */
export function prefixStyle(names: readonly string[]): (name: string) => string {
	const readsBack = (prefix: (name: string) => string) => {
		const lines = names.map(name => `${prefix(name)}…`);
		const split = speakerPrefixes(lines);
		return lines.every((line, index) => split(line).speaker === names[index]);
	};

	const plain = (name: string) => `${name}: `;
	const bracketed = (name: string) => `[${name}]: `;
	// A name with `]` in it cannot be bracketed either; it is written plain and may be lost.
	return readsBack(plain) || !readsBack(bracketed) ? plain : bracketed;
}

/** Cues that name nobody take their speaker from a `Name:` prefix, when the file uses them. */
export function withPrefixedSpeakers(cues: readonly Cue[]): Cue[] {
	const split = speakerPrefixes(cues.filter(cue => cue.speaker === undefined).map(cue => cue.text));
	return cues.map(cue => (cue.speaker === undefined ? {...cue, ...split(cue.text)} : cue));
}
