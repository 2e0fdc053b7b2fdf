import {Box, Text} from 'ink';
import {MIN_COLUMNS, MIN_ROWS} from '../state.js';

type Props = {readonly columns: number; readonly rows: number};

export function TooSmall({columns, rows}: Props) {
	return (
		<Box flexDirection="column" height={Math.max(1, rows - 1)} width={columns} overflow="hidden">
			<Text wrap="truncate-end">Terminal too small</Text>
			<Text wrap="truncate-end">
				{columns}x{rows}, need {MIN_COLUMNS}x{MIN_ROWS}
			</Text>
		</Box>
	);
}
