import {Box} from 'ink';
import type {Layout} from '../../core/layout.js';
import {speakerColor, type ColorDepth} from '../theme.js';
import {TranscriptLine} from './transcript-line.js';

type Props = {
	readonly layout: Layout;
	readonly top: number;
	readonly height: number;
	readonly colorDepth: ColorDepth;
};

/** Only the visible slice of the wrapped transcript is ever mounted. */
export function TranscriptView({layout, top, height, colorDepth}: Props) {
	return (
		<Box flexDirection="column" height={height} flexShrink={0} overflow="hidden">
			{layout.lines.slice(top, top + height).map((line, row) => (
				// eslint-disable-next-line react/no-array-index-key -- rows are screen positions
				<TranscriptLine key={row} line={line} color={speakerColor(line.speaker, colorDepth)} stampWidth={layout.stampWidth} />
			))}
		</Box>
	);
}
