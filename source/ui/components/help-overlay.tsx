import {Box, Text} from 'ink';
import {helpLines} from '../help-lines.js';

type Props = {readonly columns: number; readonly height: number; readonly top: number};

/** A title, then the keys; only the lines that fit are drawn. */
export function HelpOverlay({columns, height, top}: Props) {
	const rows = [
		<Text key="title" bold>
			Keys
		</Text>,
		...helpLines(columns).map(({keys, meaning}, index) => (
			// eslint-disable-next-line react/no-array-index-key -- the lines never reorder
			<Text key={index} wrap="truncate-end">
				<Text bold>{keys}</Text>
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
