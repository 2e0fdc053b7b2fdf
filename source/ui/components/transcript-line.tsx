import {Text} from 'ink';
import {memo} from 'react';
import type {DisplayLine} from '../../core/layout.js';

type Props = {
	readonly line: DisplayLine;
	readonly color: string | undefined;
	readonly stampWidth: number;
	/** The parts of the line's text to highlight (a search match, a work's mentions), as [start, end) in the line's text, in order, apart. */
	readonly highlights?: ReadonlyArray<readonly [number, number]>;
	/** A time gone to: shown in the gutter, marked, on the line spoken then. */
	readonly mark?: string;
	/** A line of the paragraph being played: bold, with a heavy bar. */
	readonly live?: boolean;
};

function Body({line, color, highlights, live}: Pick<Props, 'line' | 'color' | 'highlights' | 'live'>) {
	if (line.kind === 'name') {
		return (
			<Text bold color={color} underline={color === undefined}>
				{line.text}
			</Text>
		);
	}

	if (!highlights) return live ? <Text bold>{line.text}</Text> : line.text;
	const parts = [];
	let at = 0;
	for (const [start, end] of highlights) {
		parts.push(line.text.slice(at, start), <Text key={start} inverse>{line.text.slice(start, end)}</Text>);
		at = end;
	}

	parts.push(line.text.slice(at));
	return live ? <Text bold>{parts}</Text> : parts;
}

function Gutter({line, stampWidth, mark}: Pick<Props, 'line' | 'stampWidth' | 'mark'>) {
	if (mark !== undefined && stampWidth > 0) return <Text inverse>{`${mark.padStart(stampWidth - 1)} `}</Text>;
	// A blank gutter is unstyled: no escape codes on every redrawn line.
	if (line.stamp === '') return ' '.repeat(stampWidth);
	return <Text dimColor>{`${line.stamp.padStart(stampWidth - 1)} `}</Text>;
}

/** The speaker's bar: heavy beside the paragraph being played. */
function barOf(line: DisplayLine, live: boolean | undefined): string {
	if (!line.bar) return '  ';
	return live ? '┃ ' : '│ ';
}

function TranscriptLineView({line, color, stampWidth, highlights, mark, live}: Props) {
	return (
		<Text wrap="truncate-end">
			<Gutter line={line} stampWidth={stampWidth} mark={mark} />
			{mark === undefined ? (
				<Text color={color} dimColor={color === undefined}>
					{barOf(line, live)}
				</Text>
			) : (
				<Text bold>▶ </Text>
			)}
			<Body line={line} color={color} highlights={highlights} live={live} />
		</Text>
	);
}

export const TranscriptLine = memo(TranscriptLineView);
