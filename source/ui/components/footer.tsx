import {Box, Text} from 'ink';
import {TIME_QUERY_EXAMPLES} from '../../core/time-query.js';
import {progressBar} from '../progress-bar.js';
import type {Overlay} from '../state.js';

/** Where the reader is, for the progress bar: seconds, and where chapters start. */
export type Progress = {readonly position: number; readonly duration: number; readonly ticks: readonly number[]};

type Props = {
	readonly width: number;
	/** What the right-hand side shows: a count being typed, the match n/N is on, (END). */
	readonly status: string;
	/** Which keys the hints are about: an overlay's, or the works sidebar's while it has the focus (`sidebar-empty`: with no works). */
	readonly keys: Overlay | 'sidebar' | 'sidebar-empty';
	readonly notice: string | undefined;
	/** Show what the main keys do instead of the progress bar (the first screen). */
	readonly hinting: boolean;
	/** The go-to-time line being typed. */
	readonly timeLine: string | undefined;
	readonly progress: Progress;
};

const HINTS: Readonly<Record<Props['keys'], string>> = {
	// Within the 72 columns an 80-column terminal leaves beside `? help`.
	none: 'j/k scroll  / search  ] [ chapter  c chapters  : time  s works  q quit',
	sidebar: 'j/k choose  Enter go there, again: next  n/N mentions  Tab back',
	'sidebar-empty': 's hide  Tab back',
	help: 'j/k space b g G scroll help  other keys close it',
	search: '↑↓ choose  Enter go there  Esc back',
	chapters: '↑↓ choose  Enter go there  Esc back',
	time: 'Enter go  Esc back',
};

const PROMPT = 'go to: ';

/** The right-hand side's ` ? help`, after the padding. */
const HELP_WIDTH = 8;

function Left({width, keys, notice, hinting, timeLine, progress}: Omit<Props, 'status'>) {
	if (timeLine !== undefined) {
		const examples = `  ${TIME_QUERY_EXAMPLES}`;
		// What is typed comes first: the examples only when they fit beside it (times are one column a character).
		const fits = PROMPT.length + timeLine.length + 1 + examples.length <= width;
		return (
			<Text wrap="truncate-start">
				<Text bold>{PROMPT}</Text>
				{timeLine}
				<Text inverse> </Text>
				{fits && <Text dimColor>{examples}</Text>}
			</Text>
		);
	}

	if (notice !== undefined) return <Text bold wrap="truncate-end">{notice}</Text>;
	if (hinting || keys !== 'none') return <Text dimColor wrap="truncate-end">{HINTS[keys]}</Text>;
	const bar = progressBar(width, progress.position, progress.duration, progress.ticks);
	return (
		<Text wrap="truncate-end">
			{bar.done}
			<Text dimColor>{bar.todo}</Text>
		</Text>
	);
}

export function Footer({status, width, ...rest}: Props) {
	// The status is digits and letters: one column each.
	const right = HELP_WIDTH + (status ? status.length + 1 : 0);
	return (
		<Box height={1} flexShrink={0}>
			<Box flexGrow={1} flexShrink={1} overflow="hidden">
				<Left width={Math.max(0, width - right)} {...rest} />
			</Box>
			<Box flexShrink={0} paddingLeft={1}>
				<Text>
					{status && <Text inverse>{status}</Text>} <Text bold>?</Text> help
				</Text>
			</Box>
		</Box>
	);
}
