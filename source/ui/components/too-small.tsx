import {Text} from 'ink';
import {MIN_COLUMNS, MIN_ROWS} from '../state.js';

type Props = {readonly columns: number; readonly rows: number};

/** One line, so that it shows in any size of terminal. */
export function TooSmall({columns, rows}: Props) {
	return (
		<Text wrap="truncate-end">
			Terminal too small ({columns}x{rows}, need {MIN_COLUMNS}x{MIN_ROWS})
		</Text>
	);
}
