import {Box, Text} from 'ink';
import {KEY_HELP} from '../help.js';

type Props = {readonly height: number; readonly top: number};

const KEY_COLUMN = Math.max(...KEY_HELP.map(([keys]) => keys.length)) + 2;

/** A title row, then a row per key; only the rows that fit are drawn. */
export function HelpOverlay({height, top}: Props) {
	const rows = [
		<Text key="title" bold>
			Keys
		</Text>,
		...KEY_HELP.map(([keys, meaning]) => (
			<Text key={keys} wrap="truncate-end">
				<Text bold>{keys.padEnd(KEY_COLUMN)}</Text>
				{meaning}
			</Text>
		)),
	];
	return (
		<Box flexDirection="column" height={height} flexShrink={0} overflow="hidden" paddingLeft={1}>
			{rows.slice(top, top + height)}
		</Box>
	);
}
