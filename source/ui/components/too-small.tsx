import {Box, Text} from 'ink';
import {tooSmallText} from '../too-small.js';
import {frameRows} from '../viewport.js';

type Props = {readonly columns: number; readonly rows: number};

export function TooSmall({columns, rows}: Props) {
	return (
		<Box flexDirection="column" width={columns} height={frameRows(rows)} overflow="hidden">
			{tooSmallText(columns, rows).map((line, index) => (
				// eslint-disable-next-line react/no-array-index-key -- rows are screen positions
				<Text key={index}>{line}</Text>
			))}
		</Box>
	);
}
