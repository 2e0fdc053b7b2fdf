import {Text} from 'ink';
import type {Row} from '../rows.js';

/**
 * A row of styled runs, as the first paint writes it too (see rows.ts). Rows are made to fit;
 * `truncate-end` only matters for the frame Ink draws when the terminal narrows, before the
 * state has caught up: it is clipped rather than wrapped into garbage.
 */
export function RowText({row}: {readonly row: Row}) {
	// An empty Text takes no room: a blank row is a space (which Ink trims from what it writes).
	if (row.every(segment => segment.text === '')) return <Text> </Text>;
	return (
		<Text wrap="truncate-end">
			{row.map(({text, bold, dim, underline, inverse, color}, index) =>
				bold || dim || underline || inverse || color ? (
					// biome-ignore lint/suspicious/noArrayIndexKey: runs never reorder
					<Text key={index} bold={bold} dimColor={dim} underline={underline} inverse={inverse} color={color}>
						{text}
					</Text>
				) : (
					text
				),
			)}
		</Text>
	);
}
