import {Text} from 'ink';
import {memo} from 'react';
import type {DisplayLine} from '../../core/layout.js';

type Props = {
	readonly line: DisplayLine;
	readonly color: string | undefined;
	readonly stampWidth: number;
};

function TranscriptLineView({line, color, stampWidth}: Props) {
	return (
		<Text wrap="truncate-end">
			{/* A blank gutter is unstyled: no escape codes on every redrawn line. */}
			{line.stamp === '' ? ' '.repeat(stampWidth) : <Text dimColor>{line.stamp.padEnd(stampWidth)}</Text>}
			<Text color={color} dimColor={color === undefined}>
				{line.bar ? '│ ' : '  '}
			</Text>
			{line.kind === 'name' ? (
				<Text bold color={color} underline={color === undefined}>
					{line.text}
				</Text>
			) : (
				line.text
			)}
		</Text>
	);
}

export const TranscriptLine = memo(TranscriptLineView);
