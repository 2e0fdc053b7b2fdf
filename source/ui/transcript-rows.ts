/** The transcript's visible lines as rows: gutter, speaker's bar, text, highlights. Pure. */
import {nameAbove, type DisplayLine, type Layout} from '../core/layout.js';
import {dimmedSpeaker} from './speaker-state.js';
import {speakerColor, type ColorDepth} from './theme.js';
import {truncateEnd, type Row, type Segment} from './rows.js';

type TranscriptLineProps = {
	readonly line: DisplayLine;
	readonly color: string | undefined;
	readonly stampWidth: number;
	/** The widest the row may be: a speaker's name longer than the text column is cut. */
	readonly width: number;
	/** The parts of the line's text to highlight (a search match, a work's mentions), as [start, end) in the line's text, in order, apart. */
	readonly highlights?: ReadonlyArray<readonly [number, number]> | undefined;
	/** A time gone to: shown in the gutter, marked, on the line spoken then. */
	readonly mark?: string | undefined;
	/** A line of the paragraph being played: bold, with a heavy bar. */
	readonly live?: boolean;
	/** A line of a speaker other than the one picked out: all of it dim. */
	readonly dim?: boolean;
};

function body({line, color, highlights, live}: Pick<TranscriptLineProps, 'line' | 'color' | 'highlights' | 'live'>): Segment[] {
	if (line.kind === 'name') return [{text: line.text, bold: true, color, underline: color === undefined}];
	const bold = live === true;
	if (!highlights) return [{text: line.text, bold}];
	const parts: Segment[] = [];
	let at = 0;
	for (const [start, end] of highlights) {
		parts.push({text: line.text.slice(at, start), bold}, {text: line.text.slice(start, end), bold, inverse: true});
		at = end;
	}

	parts.push({text: line.text.slice(at), bold});
	return parts.filter(part => part.text !== '');
}

function gutter({line, stampWidth, mark}: Pick<TranscriptLineProps, 'line' | 'stampWidth' | 'mark'>): Segment {
	if (mark !== undefined && stampWidth > 0) return {text: `${mark.padStart(stampWidth - 1)} `, inverse: true};
	if (line.stamp === '') return {text: ' '.repeat(stampWidth)};
	return {text: `${line.stamp.padStart(stampWidth - 1)} `, dim: true};
}

/** The speaker's bar: heavy beside the paragraph being played; `▶` on the moment gone to. */
function bar({line, color, mark, live}: Pick<TranscriptLineProps, 'line' | 'color' | 'mark' | 'live'>): Segment {
	if (mark !== undefined) return {text: '▶ ', bold: true};
	const text = !line.bar ? '  ' : live ? '┃ ' : '│ ';
	return {text, color, dim: color === undefined};
}

/** A display line of the transcript: the gutter (its time, or the time gone to), the speaker's bar, the text. */
function transcriptLineRow(props: TranscriptLineProps): Row {
	const row = [gutter(props), bar(props), ...body(props)];
	return truncateEnd(props.dim ? row.map(segment => ({...segment, dim: true})) : row, props.width);
}

export type TranscriptViewProps = {
	readonly layout: Layout;
	readonly top: number;
	readonly height: number;
	readonly width: number;
	readonly colorDepth: ColorDepth;
	/** What to highlight where it shows: a search match, the mentions of a work. */
	readonly spans: readonly Span[];
	/** The line of the moment gone to by time, and that time, to mark in the gutter. */
	readonly marked: {readonly line: number; readonly stamp: string} | undefined;
	/** The paragraph being played. */
	readonly live?: number | undefined;
	/** The speaker picked out: the others' lines are dimmed. */
	readonly only?: number | undefined;
};

/** Characters [start, end) of a paragraph's text. */
export type Span = {readonly paragraph: number; readonly start: number; readonly end: number};

/** The parts of `line` inside the spans, in the line's own coordinates, in order, overlaps joined; undefined for none. */
export function highlightsOn(line: DisplayLine, spans: readonly Span[]): Array<[number, number]> | undefined {
	if (line.kind !== 'text') return undefined;
	const parts: Array<[number, number]> = [];
	for (const span of spans) {
		if (span.paragraph !== line.paragraph) continue;
		const start = Math.max(span.start, line.offset) - line.offset;
		const end = Math.min(span.end, line.offset + line.text.length) - line.offset;
		if (start < end) parts.push([start, end]);
	}

	if (parts.length === 0) return undefined;
	parts.sort((a, b) => a[0] - b[0]);
	const joined: Array<[number, number]> = [parts[0]!];
	for (const [start, end] of parts.slice(1)) {
		const last = joined.at(-1)!;
		if (start <= last[1]) last[1] = Math.max(last[1], end);
		else joined.push([start, end]);
	}

	return joined;
}

/**
 * The visible slice of the wrapped transcript, a line's props each: only these are ever drawn.
 * Inside a turn whose name has scrolled off, the first row shows the name instead (a sticky
 * header), with the turn's time in the gutter, as the name line has it.
 */
function visibleLines({layout, top, height, width, colorDepth, spans, marked, live, only}: TranscriptViewProps): TranscriptLineProps[] {
	const name = nameAbove(layout, top);
	return layout.lines.slice(top, top + height).map((shown, row) => {
		const sticky = row === 0 && name !== undefined;
		const line = sticky ? layout.lines[name]! : shown;
		return {
			line,
			color: speakerColor(line.speaker, colorDepth),
			stampWidth: layout.stampWidth,
			width,
			highlights: highlightsOn(line, spans),
			mark: !sticky && marked?.line === top + row ? marked.stamp : undefined,
			live: line.kind === 'text' && line.paragraph === live,
			dim: dimmedSpeaker(only, line.speaker),
		};
	});
}

/** The view's rows, as the first paint writes them. */
export function transcriptRows(props: TranscriptViewProps): Row[] {
	return visibleLines(props).map(line => transcriptLineRow(line));
}
