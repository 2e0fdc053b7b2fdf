import {Text} from 'ink';
import {memo} from 'react';
import type {DisplayLine} from '../../core/layout.js';

type Props = {
	readonly line: DisplayLine;
	readonly color: string | undefined;
	readonly stampWidth: number;
	/** The part of the line's text to highlight (a search match), as [start, end) in the line's text. */
	readonly highlight?: readonly [number, number];
	/** A time gone to: shown in the gutter, marked, on the line spoken then. */
	readonly mark?: string;
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

function Gutter({line, stampWidth, mark}: Pick<Props, 'line' | 'stampWidth' | 'mark'>) {
	if (mark !== undefined && stampWidth > 0) return <Text inverse>{`${mark.padStart(stampWidth - 1)} `}</Text>;
	// A blank gutter is unstyled: no escape codes on every redrawn line.
	if (line.stamp === '') return ' '.repeat(stampWidth);
	return <Text dimColor>{`${line.stamp.padStart(stampWidth - 1)} `}</Text>;
}

function TranscriptLineView({line, color, stampWidth, highlight, mark}: Props) {
	return (
		<Text wrap="truncate-end">
			<Gutter line={line} stampWidth={stampWidth} mark={mark} />
			{mark === undefined ? (
				<Text color={color} dimColor={color === undefined}>
					{line.bar ? '│ ' : '  '}
				</Text>
			) : (
				<Text bold>▶ </Text>
			)}
			<Body line={line} color={color} highlight={highlight} />
		</Text>
	);
}

export const TranscriptLine = memo(TranscriptLineView);
