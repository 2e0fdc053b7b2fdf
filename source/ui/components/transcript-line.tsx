import {Text} from 'ink';
import {memo} from 'react';
import {STAMP_WIDTH, type DisplayLine} from '../../core/layout.js';

type Props = {
	readonly line: DisplayLine;
	readonly color: string | undefined;
};

/** Unstyled, so a blank gutter costs no escape codes on every redrawn line. */
const BLANK_STAMP = ' '.repeat(STAMP_WIDTH);

function TranscriptLineView({line, color}: Props) {
	return (
		<Text wrap="truncate-end">
			{line.stamp === '' ? BLANK_STAMP : <Text dimColor>{line.stamp.padEnd(STAMP_WIDTH)}</Text>}
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
