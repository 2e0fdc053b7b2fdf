import {Box} from 'ink';
import type {DisplayLine} from '../../core/layout.js';
import {speakerColor, type ColorDepth} from '../theme.js';
import {TranscriptLine} from './transcript-line.js';

type Props = {
	readonly lines: readonly DisplayLine[];
	readonly top: number;
	readonly height: number;
	readonly colorDepth: ColorDepth;
};

/** Only the visible slice of the wrapped transcript is ever mounted. */
export function TranscriptView({lines, top, height, colorDepth}: Props) {
	return (
		<Box flexDirection="column" height={height} flexShrink={0} overflow="hidden">
			{lines.slice(top, top + height).map((line, row) => (
				// eslint-disable-next-line react/no-array-index-key -- rows are screen positions
				<TranscriptLine key={row} line={line} color={speakerColor(line.speaker, colorDepth)} />
			))}
		</Box>
	);
}
