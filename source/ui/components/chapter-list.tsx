import {chaptersSummary, type Chapters} from '../../core/chapters/index.js';
import {formatClock, formatLength} from '../../core/time.js';
import {ChoiceList} from './choice-list.js';

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

/** The chapters with their start and length, the current one marked. */
export function ChapterList({chapters, current, selected, timed, width, height}: Props) {
	const rows = chapters.list.map(chapter => {
		const length = width >= LENGTHS_FROM_COLUMNS ? ` ${formatLength(chapter.end - chapter.start).padStart(7)}` : '';
		return `${timed ? `${formatClock(chapter.start)}${length}  ` : ''}${chapter.title}`;
	});
	return <ChoiceList heading={chaptersSummary(chapters)} rows={rows} selected={selected} current={current} height={height} />;
}
