import {Box, Text} from 'ink';
import {KEY_HELP} from '../keymap.js';

type Props = {readonly height: number};

const KEY_COLUMN = Math.max(...KEY_HELP.map(([keys]) => keys.length)) + 2;

export function HelpOverlay({height}: Props) {
	return (
		<Box flexDirection="column" height={height} flexShrink={0} overflow="hidden" paddingLeft={1}>
			<Text bold>Keys</Text>
			{KEY_HELP.map(([keys, meaning]) => (
				<Text key={keys} wrap="truncate-end">
					<Text bold>{keys.padEnd(KEY_COLUMN)}</Text>
					{meaning}
				</Text>
			))}
		</Box>
	);
}
