import {Box, Text} from 'ink';
import stringWidth from 'fast-string-width';

type Props = {
	readonly width: number;
	readonly title: string;
	/** The chapter being read, when the chapters are known. */
	readonly chapter: string | undefined;
	/** `HH:MM:SS / HH:MM:SS`, or empty for a transcript without times. */
	readonly clock: string;
	readonly percent: number;
};

const SEPARATOR = ' › ';
/** Columns the episode's title keeps however long the chapter's title is: at most a third of the room. */
const TITLE_KEEPS = 16;
/** Below this width the clock shows where the reader is, not the episode's length too. */
const FULL_CLOCK_COLUMNS = 60;

/** The episode's title gives way first: the chapter says more about where the reader is. */
export function Header({width, title, chapter, clock: fullClock, percent}: Props) {
	const clock = width < FULL_CLOCK_COLUMNS ? fullClock.split(' / ')[0]! : fullClock;
	const right = (clock ? clock.length + 1 : 0) + 4 + 2;
	const room = Math.max(0, width - right);
	const titleWidth = stringWidth(title);
	const chapterWidth = chapter === undefined ? 0 : SEPARATOR.length + stringWidth(chapter);
	const titleRoom = Math.min(titleWidth, room, Math.max(Math.min(TITLE_KEEPS, Math.floor(room / 3)), room - chapterWidth));
	return (
		<Box height={1} flexShrink={0}>
			<Box width={titleRoom} flexShrink={0} overflow="hidden">
				<Text bold wrap="truncate-end">
					{title}
				</Text>
			</Box>
			<Box flexShrink={1} flexGrow={1} overflow="hidden">
				{chapter !== undefined && (
					<Text wrap="truncate-end">
						<Text dimColor>{SEPARATOR}</Text>
						{chapter}
					</Text>
				)}
			</Box>
			<Box flexShrink={0} paddingLeft={2}>
				<Text>
					{clock && `${clock} `}<Text dimColor>{String(percent).padStart(3)}%</Text>
				</Text>
			</Box>
		</Box>
	);
}
