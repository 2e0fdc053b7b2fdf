import {Text} from 'ink';
import {memo} from 'react';
import type {DisplayLine} from '../../core/layout.js';

type Props = {
	readonly line: DisplayLine;
	readonly color: string | undefined;
	readonly stampWidth: number;
	/** The part of the line's text to highlight (a search match), as [start, end) in the line's text. */
	readonly highlight?: readonly [number, number];
};

function Body({line, color, highlight}: Pick<Props, 'line' | 'color' | 'highlight'>) {
	if (line.kind === 'name') {
		return (
			<Text bold color={color} underline={color === undefined}>
				{line.text}
			</Text>
		);
	}

	if (!highlight) return line.text;
	const [start, end] = highlight;
	return (
		<>
			{line.text.slice(0, start)}
			<Text inverse>{line.text.slice(start, end)}</Text>
			{line.text.slice(end)}
		</>
	);
}

function TranscriptLineView({line, color, stampWidth, highlight}: Props) {
	return (
		<Text wrap="truncate-end">
			{/* A blank gutter is unstyled: no escape codes on every redrawn line. */}
			{line.stamp === '' ? ' '.repeat(stampWidth) : <Text dimColor>{`${line.stamp.padStart(stampWidth - 1)} `}</Text>}
			<Text color={color} dimColor={color === undefined}>
				{line.bar ? '│ ' : '  '}
			</Text>
			<Body line={line} color={color} highlight={highlight} />
		</Text>
	);
}

export const TranscriptLine = memo(TranscriptLineView);
