import {Box, Text} from 'ink';

import type {Overlay} from '../state.js';

type Props = {
	/** What the right-hand side shows: a count being typed, the match n/N is on, (END). */
	readonly status: string;
	readonly overlay: Overlay;
	readonly notice: string | undefined;
};

const HINTS: Readonly<Record<Overlay, string>> = {
	none: 'j/k scroll  space/b page  / search  {/} turn  g/G start/end  q quit',
	help: 'j/k space b g G scroll help  other keys close it',
	search: '↑↓ choose  Enter go there  Esc back',
};

export function Footer({status, overlay, notice}: Props) {
	return (
		<Box height={1} flexShrink={0}>
			<Box flexGrow={1} flexShrink={1} overflow="hidden">
				{notice === undefined ? (
					<Text dimColor wrap="truncate-end">
						{HINTS[overlay]}
					</Text>
				) : (
					<Text bold wrap="truncate-end">
						{notice}
					</Text>
				)}
			</Box>
			<Box flexShrink={0} paddingLeft={1}>
				<Text>
					{status && <Text inverse>{status}</Text>} <Text bold>?</Text> help
				</Text>
			</Box>
		</Box>
	);
}
