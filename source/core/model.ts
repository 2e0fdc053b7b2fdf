/** The transcript model every part of Parley shares. Times are in seconds. */

export type Speaker = {
	readonly name: string;
};

export type Paragraph = {
	readonly id: number;
	readonly turn: number;
	readonly start: number;
	readonly end: number;
	/** Whether the source gave this paragraph its own timestamp. */
	readonly stamped: boolean;
	readonly text: string;
};

export type Turn = {
	readonly id: number;
	/** Index into `speakers` (in order of first appearance: it picks the colour), or undefined when the source names nobody. */
	readonly speaker: number | undefined;
	readonly start: number;
	readonly end: number;
	readonly paragraphs: readonly Paragraph[];
};

export type Transcript = {
	readonly title: string;
	readonly speakers: readonly Speaker[];
	readonly turns: readonly Turn[];
	/** All paragraphs in order; `paragraphs[p.id] === p`. */
	readonly paragraphs: readonly Paragraph[];
	readonly duration: number;
	readonly warnings: readonly string[];
};

/**
 * Far more than any episode has (two a minute is ~800 hours), few enough that the model and two
 * layouts stay well inside the memory Parley gives V8 even when every paragraph is one word.
 */
export const MAX_PARAGRAPHS = 100_000;

/** Speaking rate used to estimate how long a paragraph with no following stamp lasts. */
const WORDS_PER_SECOND = 2.5;

function estimateSpokenSeconds(text: string): number {
	const words = text.split(/\s+/).filter(Boolean).length;
	return Math.max(1, Math.round(words / WORDS_PER_SECOND));
}

/** A paragraph as a parser produces it, before ends and ids are known. */
export type DraftParagraph = {
	readonly speaker: string | undefined;
	readonly start: number;
	readonly stamped: boolean;
	readonly text: string;
};

/**
 * Build the model from drafts in reading order: consecutive paragraphs of one speaker form a turn;
 * each paragraph ends where the next starts, the last one after its estimated speaking time.
 */
export function buildTranscript(title: string, drafts: readonly DraftParagraph[], warnings: readonly string[] = []): Transcript {
	const speakers: Speaker[] = [];
	const speakerIndex = new Map<string, number>();
	const indexOf = (name: string | undefined) => {
		if (name === undefined) return undefined;
		if (!speakerIndex.has(name)) {
			speakerIndex.set(name, speakers.length);
			speakers.push({name});
		}
		return speakerIndex.get(name);
	};

	const paragraphs: Paragraph[] = [];
	const turns: Turn[] = [];
	let turnParagraphs: Paragraph[] = [];
	drafts.forEach((draft, id) => {
		const next = drafts[id + 1];
		const end = next ? Math.max(draft.start, next.start) : draft.start + estimateSpokenSeconds(draft.text);
		const speaker = indexOf(draft.speaker);
		const previous = drafts[id - 1];
		if (!previous || previous.speaker !== draft.speaker) {
			turnParagraphs = [];
			turns.push({id: turns.length, speaker, start: draft.start, end, paragraphs: turnParagraphs});
		}

		const turn = turns.at(-1)!;
		const paragraph = {id, turn: turn.id, start: draft.start, end, stamped: draft.stamped, text: draft.text};
		turnParagraphs.push(paragraph);
		paragraphs.push(paragraph);
		turns[turn.id] = {...turn, end};
	});

	const duration = paragraphs.at(-1)?.end ?? 0;
	return {title, speakers, turns, paragraphs, duration, warnings};
}

/** Seconds into the episode at character `offset` of a paragraph, spreading its time evenly. */
export function timeAt(paragraph: Paragraph, offset: number): number {
	return paragraph.start + ((paragraph.end - paragraph.start) * offset) / Math.max(1, paragraph.text.length);
}

/**
 * The paragraph being spoken at `seconds`: the last one starting at or before it, or the first of
 * several that share that start (paragraphs without a time of their own start with the one before).
 */
export function paragraphAt(transcript: Transcript, seconds: number): Paragraph | undefined {
	const {paragraphs} = transcript;
	let low = 0;
	let high = paragraphs.length - 1;
	let found = 0;
	while (low <= high) {
		const mid = (low + high) >> 1;
		if (paragraphs[mid]!.start <= seconds) {
			found = mid;
			low = mid + 1;
		} else {
			high = mid - 1;
		}
	}

	while (found > 0 && paragraphs[found - 1]!.start === paragraphs[found]!.start) found--;
	return paragraphs[found];
}
