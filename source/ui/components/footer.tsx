import {Box, Text} from 'ink';
import stringWidth from 'fast-string-width';
import {progressBar} from '../progress-bar.js';
import type {Overlay} from '../state.js';

/** Where the reader is, for the progress bar: seconds, and where chapters start. */
export type Progress = {readonly position: number; readonly duration: number; readonly ticks: readonly number[]};

/** The player, once started: the bar then shows where it plays. */
export type PlayerStatus = {readonly playing: boolean; readonly clock: string; readonly rate: string; readonly following: boolean};

/** A line being typed: what it is for, the text, and what to say beside it when there is room. */
export type TypedLine = {readonly prompt: string; readonly text: string; readonly aside: string};

type Props = {
	readonly width: number;
	/** What the right-hand side shows: a count being typed, the match n/N is on, (END). */
	readonly status: string;
	/** Which keys the hints are about: an overlay's, or the works sidebar's while it has the focus (`sidebar-empty`: with no works). */
	readonly keys: Overlay | 'sidebar' | 'sidebar-empty';
	readonly notice: string | undefined;
	/** Show what the main keys do instead of the progress bar (the first screen). */
	readonly hinting: boolean;
	readonly line: TypedLine | undefined;
	readonly progress: Progress;
	readonly player: PlayerStatus | undefined;
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
	note: 'Enter save  Esc cancel',
	bookmarks: '↑↓ choose  Enter go there  x delete  Esc back',
};

/** The right-hand side's ` ? help`, after the padding. */
const HELP_WIDTH = 8;

function Typed({line, width}: {readonly line: TypedLine; readonly width: number}) {
	const aside = `  ${line.aside}`;
	// What is typed comes first: the aside only when it fits beside it.
	const fits = stringWidth(line.prompt + line.text + aside) + 1 <= width;
	return (
		<Text wrap="truncate-start">
			<Text bold>{line.prompt}</Text>
			{line.text}
			<Text inverse> </Text>
			{fits && <Text dimColor>{aside}</Text>}
		</Text>
	);
}

function Bar({width, progress}: {readonly width: number; readonly progress: Progress}) {
	const bar = progressBar(width, progress.position, progress.duration, progress.ticks);
	return (
		<Text wrap="truncate-end">
			{bar.done}
			<Text dimColor>{bar.todo}</Text>
		</Text>
	);
}

/** `▶ 00:12:03 1.5x` and the bar; `following paused` when the reader scrolled away while it plays. */
function Player({width, player, progress}: {readonly width: number; readonly player: PlayerStatus; readonly progress: Progress}) {
	const status = `${player.playing ? '▶' : '‖'} ${player.clock} ${player.rate} `;
	const rest = Math.max(0, width - stringWidth(status));
	return (
		<Text wrap="truncate-end">
			<Text bold>{status}</Text>
			{player.following || !player.playing ? <Bar width={rest} progress={progress} /> : 'following paused — . to return'}
		</Text>
	);
}

function Left({width, keys, notice, hinting, line, progress, player}: Omit<Props, 'status'>) {
	if (line !== undefined) return <Typed line={line} width={width} />;
	if (notice !== undefined) return <Text bold wrap="truncate-end">{notice}</Text>;
	if (hinting || keys !== 'none') return <Text dimColor wrap="truncate-end">{HINTS[keys]}</Text>;
	return player ? <Player width={width} player={player} progress={progress} /> : <Bar width={width} progress={progress} />;
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
