import {Box} from 'ink';
import type {DisplayLine, Layout} from '../../core/layout.js';
import {speakerColor, type ColorDepth} from '../theme.js';
import {TranscriptLine} from './transcript-line.js';

type Props = {
	readonly layout: Layout;
	readonly top: number;
	readonly height: number;
	readonly colorDepth: ColorDepth;
	/** What to highlight where it shows: a search match, the mentions of a work. */
	readonly spans: readonly Span[];
	/** The line of the moment gone to by time, and that time, to mark in the gutter. */
	readonly marked: {readonly line: number; readonly stamp: string} | undefined;
	/** The paragraph being played. */
	readonly live?: number;
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

/** Only the visible slice of the wrapped transcript is ever mounted. */
export function TranscriptView({layout, top, height, colorDepth, spans, marked, live}: Props) {
	return (
		<Box flexDirection="column" height={height} flexShrink={0} overflow="hidden">
			{layout.lines.slice(top, top + height).map((line, row) => (
				<TranscriptLine
					// eslint-disable-next-line react/no-array-index-key -- rows are screen positions
					key={row}
					line={line}
					color={speakerColor(line.speaker, colorDepth)}
					stampWidth={layout.stampWidth}
					highlights={highlightsOn(line, spans)}
					mark={marked?.line === top + row ? marked.stamp : undefined}
					live={line.kind === 'text' && line.paragraph === live}
				/>
			))}
		</Box>
	);
}
