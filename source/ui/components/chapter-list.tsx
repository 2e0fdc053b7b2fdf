import {Box, Text} from 'ink';
import {chaptersSummary, type Chapters} from '../../core/chapters/index.js';
import {formatClock, formatLength} from '../../core/time.js';

type Props = {
	readonly chapters: Chapters;
	/** The chapter being read, marked. */
	readonly current: number;
	readonly selected: number;
	readonly timed: boolean;
	readonly width: number;
	readonly height: number;
};

/** Below this width the lengths give their room to the titles. */
const LENGTHS_FROM_COLUMNS = 50;

/** The chapters with their start and length, the current one marked; the chosen one stays in view. */
export function ChapterList({chapters, current, selected, timed, width, height}: Props) {
	const rows = Math.max(0, height - 1);
	const {list} = chapters;
	const first = Math.max(0, Math.min(selected - Math.floor(rows / 2), list.length - rows));
	return (
		<Box flexDirection="column" height={height} flexShrink={0} overflow="hidden">
			<Text dimColor wrap="truncate-end">
				{chaptersSummary(chapters)}
			</Text>
			{list.slice(first, first + rows).map((chapter, row) => {
				const index = first + row;
				const length = width >= LENGTHS_FROM_COLUMNS ? ` ${formatLength(chapter.end - chapter.start).padStart(7)}` : '';
				const times = timed ? `${formatClock(chapter.start)}${length}  ` : '';
				return (
					<Text key={index} wrap="truncate-end" inverse={index === selected} bold={index === current}>
						{index === current ? '▶ ' : '  '}
						{times}
						{chapter.title}
					</Text>
				);
			})}
		</Box>
	);
}
