/*
 * Speaker and time on a line of their own, the text below: the bundled episode's format (a title
 * line; `Name:<TAB>HH:MM:SS` headers that start a speaker's turn, or bare `HH:MM:SS` lines that
 * start a new paragraph of the current speaker), and the same shape as Otter (`Name  0:05`), Rev
 * (`Name (00:05):`), Zoom (`[Name] 00:00:05`) and YouTube's transcript (a bare `0:05`) export it.
 * Stamps inside text (`[inaudible 00:03:02]`) are just text. Text lines that follow each other are
 * one paragraph (a hard-wrapped file); a blank line ends it. Without speakers or blank lines, short
 * paragraphs (YouTube's are a caption each) are merged like captions.
 */
import {InputError} from '../errors.js';
import {addParagraph, buildTranscript, continueParagraph, type DraftParagraph, type Transcript} from '../model.js';
import {cleanText} from '../sanitize.js';
import {CLOCK, formatClock, parseClock} from '../time.js';
import {areCaptions, cuesToParagraphs} from './cues.js';
import {splitTitle, type TranscriptFormat} from './format.js';
import {firstFew, plural} from './warnings.js';

// Up to 999 hours: a larger number is not a time in an episode.
const STAMP = String.raw`(\d{1,3}:\d{2}:\d{2}(?:[.,]\d{1,3})?)`;
const SHORT_STAMP = `(${CLOCK})`;
/** Each gives the name, then the time. (White space up to the first tab is not `\s*`: linear in a long run of tabs.) */
const HEADERS = [
	new RegExp(String.raw`^([^\t:][^\t]*?):[^\S\t]*\t\s*${STAMP}\s*$`),
	new RegExp(String.raw`^(\S[^\t:]{0,59}?) {2,}${SHORT_STAMP}\s*$`),
	new RegExp(String.raw`^([^\t:()]{1,60}?)\s+\(${SHORT_STAMP}\):?\s*$`),
	new RegExp(String.raw`^\[([^\]]{1,60})\]\s+${SHORT_STAMP}\s*$`),
];
const BARE_STAMP = new RegExp(String.raw`^\s*${SHORT_STAMP}\s*$`);

/** The line Otter adds at the end of its exports. */
const OTTER_FOOTER = /^\s*Transcribed by https?:\/\/otter\.ai\s*$/i;

type StampLine = {readonly speaker: string | undefined; readonly start: number};

/** A header or bare stamp; an impossible time (`00:61:00`) makes the line text. */
function readStampLine(line: string): StampLine | undefined {
	for (const header of HEADERS) {
		const match = header.exec(line);
		const start = match ? parseClock(match[2]!) : undefined;
		// A name of nothing but controls names nobody: the line is a bare stamp.
		if (start !== undefined) return {speaker: cleanText(match![1]!) || undefined, start};
	}

	const bare = BARE_STAMP.exec(line);
	const start = bare ? parseClock(bare[1]!) : undefined;
	return start === undefined ? undefined : {speaker: undefined, start};
}

export function isStampLine(line: string): boolean {
	return readStampLine(line) !== undefined;
}

function detect(text: string): number {
	const lines = text.split('\n', 2000).filter(line => line.trim() !== '');
	const stamps = lines.filter(line => readStampLine(line)).length;
	if (stamps === 0) return 0;
	return Math.min(1, (2 * stamps) / lines.length);
}

type ParseState = {
	speaker: string | undefined;
	/** The stamp waiting for its text. */
	pending: StampLine | undefined;
	lastStart: number;
	/** Whether the previous line was text: a line that follows it continues its paragraph. */
	continuing: boolean;
	/** Where a stamp went back in time. */
	backwards: string[];
};

function takeStamp(state: ParseState, stamp: StampLine, line: number) {
	if (stamp.start < state.lastStart) state.backwards.push(`line ${line}: ${formatClock(stamp.start)}`);

	state.pending = {speaker: stamp.speaker ?? state.speaker, start: Math.max(stamp.start, state.lastStart)};
	state.speaker = state.pending.speaker;
	state.lastStart = state.pending.start;
	state.continuing = false;
}

function takeText(state: ParseState, body: string, drafts: DraftParagraph[]) {
	if (state.continuing) {
		continueParagraph(drafts, body);
		return;
	}

	addParagraph(drafts, {speaker: state.speaker, start: state.pending?.start ?? state.lastStart, stamped: state.pending !== undefined, text: body});
	state.pending = undefined;
	state.continuing = true;
}

function parse(text: string): Transcript {
	const lines = text.split('\n');
	const {title, body} = splitTitle(lines, isStampLine);
	const firstLine = lines.length - body.length + 1;
	const drafts: DraftParagraph[] = [];
	const warnings: string[] = [];
	const state: ParseState = {speaker: undefined, pending: undefined, lastStart: 0, continuing: false, backwards: []};
	let stamps = 0;
	body.forEach((line, index) => {
		if (OTTER_FOOTER.test(line)) return;
		const stamp = readStampLine(line);
		const words = stamp ? '' : cleanText(line);
		if (stamp) stamps++;
		if (stamp) takeStamp(state, stamp, firstLine + index);
		else if (words === '') state.continuing = false;
		else takeText(state, words, drafts);
	});

	if (stamps === 0) throw new InputError('has no speaker or time lines (like `Name:<TAB>00:00:05`)');
	if (state.backwards.length > 0)
		warnings.push(`${plural(state.backwards.length, 'time')} earlier than the time before, kept in reading order: ${firstFew(state.backwards, '; ')}`);
	if (drafts.length === 0) throw new InputError('has timestamps but no transcript text');
	// Short stamped lines, no speakers and no blank lines between them: YouTube's transcript, a caption a line.
	const captions = drafts.every(draft => draft.speaker === undefined) && areCaptions(drafts) && !/\n[ \t]*\n/.test(text.trim());
	return buildTranscript(
		title,
		captions
			? cuesToParagraphs(
					drafts.map(draft => ({...draft, end: undefined})),
					warnings,
				)
			: attributeOpening(drafts),
		{warnings},
	);
}

/*
 * Episodes often open with unnamed paragraphs before the first `Name:` header: the host's intro
 * (and sponsor reads). They belong to the host, and the host is the named speaker who introduces
 * themself there: "I'm your host, Jon Krohn", "my name is Jon", "your host Jon Krohn" (a first
 * name counts when no other speaker has it). Nothing else tells host from guest for certain (the
 * host may speak first after the intro, or the guest may answer it), so without an introduction
 * the opening is shown unnamed rather than given to the wrong person.
 */
function attributeOpening(drafts: readonly DraftParagraph[]): DraftParagraph[] {
	const openingLength = drafts.findIndex(draft => draft.speaker !== undefined);
	if (openingLength <= 0) return [...drafts];
	const openingText = drafts
		.slice(0, openingLength)
		.map(draft => draft.text)
		.join(' ');
	const host = introducedSpeaker(openingText, new Set(drafts.slice(openingLength).map(draft => draft.speaker!)));
	return drafts.map((draft, index) => (index < openingLength ? {...draft, speaker: host} : draft));
}

/** Up to four words after "I'm", "I am", "my name is", "your host": who may be speaking. */
const INTRODUCTION = /\b(?:I[’']m|I am|my name is|your host)\s+(?:your host,?\s+)?([\p{L}.'’-]+(?:\s+[\p{L}.'’-]+){0,3})/giu;

/**
 * The speaker named in a self-introduction: by full name, in any case ("i'm jon krohn", "I am Jon
 * de Vries"), or by a capitalised first name no other speaker has ("I'm Jon", not "I am frank").
 */
function introducedSpeaker(text: string, names: ReadonlySet<string>): string | undefined {
	const byFullName = new Map([...names].map(name => [name.toLowerCase(), name]));
	const byFirstName = new Map<string, string | undefined>();
	for (const name of names) {
		const first = name.split(' ')[0]!;
		byFirstName.set(first, byFirstName.has(first) ? undefined : name);
	}

	for (const match of text.matchAll(INTRODUCTION)) {
		const words = match[1]!.split(/\s+/).map(word => word.replace(/[.,]$/, ''));
		// "I'm Jon Krohn's biggest fan" introduces nobody.
		if (words.some(word => /[’']s$/.test(word))) continue;
		for (let count = words.length; count > 0; count--) {
			const said = words.slice(0, count).join(' ');
			const full = byFullName.get(said.toLowerCase());
			if (full) return full;
			if (count === 1 && byFirstName.get(said)) return byFirstName.get(said);
		}
	}

	return undefined;
}

export const stampedText: TranscriptFormat = {name: 'stamped-text', detect, parse};
