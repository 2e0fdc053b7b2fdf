import {Box} from 'ink';
import {memo} from 'react';
import {transcriptLineRow, visibleLines, type TranscriptLineProps, type TranscriptViewProps} from '../transcript-rows.js';
import {RowText} from './row-text.js';

const TranscriptLine = memo((props: TranscriptLineProps) => <RowText row={transcriptLineRow(props)} />);

/** Only the visible slice of the wrapped transcript is ever mounted. */
export function TranscriptView(props: TranscriptViewProps) {
	return (
		<Box flexDirection="column" height={props.height} flexShrink={0} overflow="hidden">
			{visibleLines(props).map((line, row) => (
				// eslint-disable-next-line react/no-array-index-key -- rows are screen positions
				<TranscriptLine key={row} {...line} />
			))}
		</Box>
	);
}
