import {Box, Text} from 'ink';
import {frameRows, MIN_COLUMNS, MIN_ROWS} from '../viewport.js';

type Props = {readonly columns: number; readonly rows: number};

/** What to do first, so that the part that fits says it; wrapped onto the rows there are. */
export function TooSmall({columns, rows}: Props) {
	return (
		<Box width={columns} height={frameRows(rows)} overflow="hidden">
			<Text>
				Too small: need {MIN_COLUMNS}x{MIN_ROWS}, have {columns}x{rows}
			</Text>
		</Box>
	);
}
