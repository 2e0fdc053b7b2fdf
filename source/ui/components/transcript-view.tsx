import {Box} from 'ink';
import type {DisplayLine, Layout} from '../../core/layout.js';
import type {SearchHit} from '../../core/search/search.js';
import {speakerColor, type ColorDepth} from '../theme.js';
import {TranscriptLine} from './transcript-line.js';

type Props = {
	readonly layout: Layout;
	readonly top: number;
	readonly height: number;
	readonly colorDepth: ColorDepth;
	/** A search match to highlight where it shows. */
	readonly match: SearchHit | undefined;
	/** The line of the moment gone to by time, and that time, to mark in the gutter. */
	readonly marked: {readonly line: number; readonly stamp: string} | undefined;
};

/** The part of `line` inside the match, in the line's own coordinates. */
function highlightOn(line: DisplayLine, match: SearchHit | undefined): [number, number] | undefined {
	if (!match || line.kind !== 'text' || line.paragraph !== match.paragraph) return undefined;
	const start = Math.max(match.start, line.offset) - line.offset;
	const end = Math.min(match.end, line.offset + line.text.length) - line.offset;
	return start < end ? [start, end] : undefined;
}

/** Only the visible slice of the wrapped transcript is ever mounted. */
export function TranscriptView({layout, top, height, colorDepth, match, marked}: Props) {
	return (
		<Box flexDirection="column" height={height} flexShrink={0} overflow="hidden">
			{layout.lines.slice(top, top + height).map((line, row) => (
				<TranscriptLine
					// eslint-disable-next-line react/no-array-index-key -- rows are screen positions
					key={row}
					line={line}
					color={speakerColor(line.speaker, colorDepth)}
					stampWidth={layout.stampWidth}
					highlight={highlightOn(line, match)}
					mark={marked?.line === top + row ? marked.stamp : undefined}
				/>
			))}
		</Box>
	);
}
