/*
 * Wrap a transcript to a width once, into display lines; the viewport shows a slice of them.
 * (core/wrap.ts: the same lines as wrap-ansi, which Ink uses, much faster.)
 *
 *   00:02:12 │ Rosanne Liu                      <- name line (turn start)
 *            │ Thanks for having me, Jon. I …   <- text lines, hanging under the text column
 *            │
 *   00:02:36 │ That's amazing. Yeah.            <- a new paragraph of the same turn
 *                                               <- gap between turns
 */
import {shownClock, timeAt, type Transcript, type Turn} from './model.js';
import {formatClock} from './time.js';
import {wrapText} from './wrap.js';

type LineKind = 'name' | 'text' | 'gap';

export type DisplayLine = {
	readonly kind: LineKind;
	/** The paragraph whose block holds this line (a gap or name line belongs to the paragraph after it). */
	readonly paragraph: number;
	readonly speaker: number | undefined;
	/** The gutter's timestamp, or '' where the line has none. */
	readonly stamp: string;
	readonly text: string;
	/** Whether the speaker's bar is drawn (it is on every line of a turn, not on the gap between turns). */
	readonly bar: boolean;
	/** Seconds into the episode this line stands for (interpolated inside a paragraph). */
	readonly time: number;
	/** Where the line's text starts in its paragraph's text (0 for name and gap lines). */
	readonly offset: number;
};

export type Layout = {
	/** Columns of text (the terminal's width less the gutter, at most a comfortable measure). */
	readonly textWidth: number;
	/** Columns for a stamp and the space after it: `00:02:12 `, wider past 99 hours. */
	readonly stampWidth: number;
	readonly lines: readonly DisplayLine[];
	/** `blockStart[p]` is the first line of paragraph p's block; one extra entry marks the end. */
	readonly blockStart: readonly number[];
	/** `textStart[p]` is the first text line of paragraph p. */
	readonly textStart: readonly number[];
	/** The line of each turn's name. */
	readonly turnStart: readonly number[];
};

/** The speaker's bar, `│ `, after the stamp column. */
const BAR_WIDTH = 2;

/** Lines longer than this are hard to read; wide terminals get a margin on the right instead. */
const MAX_TEXT_WIDTH = 100;

/** Whether a turn opens with a time the source did not give: shown `~00:12:03`, an estimate. */
const estimatesTurnStarts = (transcript: Transcript) => transcript.turns.some(turn => !turn.paragraphs[0]!.stamped && turn.id > 0);

function stampWidthFor(transcript: Transcript): number {
	if (!transcript.timed) return 0;
	return formatClock(transcript.duration).length + 1 + (estimatesTurnStarts(transcript) ? 1 : 0);
}

/** The gutter (stamp column and bar) and the text beside it: the widest a line gets. */
export function contentWidth(layout: Layout): number {
	return layout.stampWidth + BAR_WIDTH + layout.textWidth;
}

function textWidthFor(transcript: Transcript, width: number): number {
	return Math.max(1, Math.min(MAX_TEXT_WIDTH, width - stampWidthFor(transcript) - BAR_WIDTH));
}

/** What `contentWidth` of the layout for `width` columns is, without laying the transcript out. */
export function contentWidthFor(transcript: Transcript, width: number): number {
	return stampWidthFor(transcript) + BAR_WIDTH + textWidthFor(transcript, width);
}

/** Layouts kept per transcript: the current width and the one before (a resize there and back). */
const CACHED_WIDTHS = 2;
const cache = new WeakMap<Transcript, Map<number, Layout>>();

/** The layout of `transcript` in a terminal `width` columns wide, computed once per text width. */
export function layoutTranscript(transcript: Transcript, width: number): Layout {
	const textWidth = textWidthFor(transcript, width);
	let byWidth = cache.get(transcript);
	if (!byWidth) {
		byWidth = new Map();
		cache.set(transcript, byWidth);
	}

	const layout = byWidth.get(textWidth) ?? computeLayout(transcript, textWidth);
	byWidth.delete(textWidth);
	byWidth.set(textWidth, layout);
	if (byWidth.size > CACHED_WIDTHS) byWidth.delete(byWidth.keys().next().value!);
	return layout;
}

type LineFields = Omit<DisplayLine, 'paragraph' | 'speaker'>;

/** Builds a turn's lines; every line is made by `add`, with one shape, which keeps them small. */
function layoutTurn(transcript: Transcript, turn: Turn, textWidth: number, layout: MutableLayout) {
	const {lines} = layout;
	const name = turn.speaker === undefined ? undefined : transcript.speakers[turn.speaker]!.name;
	for (const [index, paragraph] of turn.paragraphs.entries()) {
		const add = ({kind, stamp, text, bar, time, offset}: LineFields) => {
			lines.push({kind, paragraph: paragraph.id, speaker: turn.speaker, stamp, text, bar, time, offset});
		};

		layout.blockStart.push(lines.length);
		if (index > 0 || turn.id > 0) add({kind: 'gap', stamp: '', text: '', bar: index > 0, time: paragraph.start, offset: 0});
		if (index === 0) layout.turnStart.push(lines.length);
		const clock = shownClock(transcript, paragraph.start);
		let stamp = paragraph.stamped ? clock : index === 0 && clock !== '' && turn.id > 0 ? `~${clock}` : index === 0 ? clock : '';
		if (index === 0 && name !== undefined) {
			add({kind: 'name', stamp, text: name, bar: true, time: paragraph.start, offset: 0});
			stamp = '';
		}

		layout.textStart.push(lines.length);
		let offset = 0;
		for (const [row, text] of wrapText(paragraph.text, textWidth).entries()) {
			offset = Math.max(offset, paragraph.text.indexOf(text, offset));
			add({kind: 'text', stamp: row === 0 ? stamp : '', text, bar: true, time: timeAt(paragraph, offset), offset});
			offset += text.length;
		}
	}
}

type MutableLayout = {lines: DisplayLine[]; blockStart: number[]; textStart: number[]; turnStart: number[]};

function computeLayout(transcript: Transcript, textWidth: number): Layout {
	const layout: MutableLayout = {lines: [], blockStart: [], textStart: [], turnStart: []};
	for (const turn of transcript.turns) layoutTurn(transcript, turn, textWidth, layout);

	layout.blockStart.push(layout.lines.length);
	return {textWidth, stampWidth: stampWidthFor(transcript), ...layout};
}

/**
 * A place in the transcript that survives re-wrapping: a name or gap line by its position before
 * the paragraph's text, a text line by the character its text starts at.
 */
export type Anchor = {readonly paragraph: number; readonly prefix: number} | {readonly paragraph: number; readonly offset: number};

export function anchorAt(layout: Layout, top: number): Anchor {
	const line = layout.lines[top];
	if (!line) return {paragraph: 0, prefix: 0};
	if (line.kind !== 'text') return {paragraph: line.paragraph, prefix: top - layout.blockStart[line.paragraph]!};
	return {paragraph: line.paragraph, offset: line.offset};
}

export function lineAtAnchor(layout: Layout, anchor: Anchor): number {
	if ('prefix' in anchor) return (layout.blockStart[anchor.paragraph] ?? 0) + anchor.prefix;
	const first = layout.textStart[anchor.paragraph] ?? 0;
	const end = layout.blockStart[anchor.paragraph + 1] ?? first + 1;
	let line = first;
	while (line + 1 < end && layout.lines[line + 1]!.offset <= anchor.offset) line++;
	return line;
}

/** The index of the last of `sorted` at or before `value` (-1 for none). */
function lastAtOrBefore(sorted: readonly number[], value: number): number {
	let low = 0;
	let high = sorted.length - 1;
	while (low <= high) {
		const mid = (low + high) >> 1;
		if (sorted[mid]! <= value) low = mid + 1;
		else high = mid - 1;
	}

	return high;
}

/** The turn (an index into `turnStart`) line `line` is in: -1 above the first; a gap before a turn is the turn's before it. */
export function turnAt(layout: Layout, line: number): number {
	return lastAtOrBefore(layout.turnStart, line);
}

/**
 * The name line of the turn that line `line` is inside, when that name is above it: what a view
 * whose top is `line` shows over it (a sticky header). None on a name line, on the gap before a
 * turn (it belongs to the turn below), or in a turn without a speaker.
 */
export function nameAbove(layout: Layout, line: number): number | undefined {
	const shown = layout.lines[line];
	if (!shown || shown.kind === 'name' || shown.speaker === undefined || (shown.kind === 'gap' && !shown.bar)) return undefined;
	return layout.turnStart[turnAt(layout, line)];
}
