/**
 * The works view on screen, as rows: the show's works under their kinds' headings, each with how
 * many episodes say it; or one work's moments, an episode and a time a row. Only the rows in view
 * are made. Titles come from transcripts and show notes: sanitised. Pure.
 */
import {plural} from '../../core/formats/warnings.js';
import {sanitizeLine} from '../../core/sanitize.js';
import {workLine} from '../../core/work-groups.js';
import type {ShowWork} from '../../library/library-works.js';
import {cellText, plainRow, rowWidth, spaces, truncateEnd, type Row} from '../rows.js';
import {chosenLine, worksLines, type LibraryWorks, type Moment, type MomentsList, type WorksMode} from './works-mode.js';

const GAP = 2;
/** Room kept for a moment's place (`00:12:03~`, `¶123`) beside the episode's title. */
const PLACE_WIDTH = 10;

/** `Thinking in Systems — Donella Meadows`, safe for the terminal. */
const workText = (work: ShowWork) => sanitizeLine(workLine(work));

/** A work: its title and author, and how many episodes say it (kept in view: the title gives way). */
function workRow(work: ShowWork, chosen: boolean, width: number): Row {
	const count: Row = [spaces(GAP), {text: plural(work.episodes.length, 'episode'), dim: !chosen, inverse: chosen}];
	const title = truncateEnd([{text: `  ${workText(work)}`, inverse: chosen}], Math.max(0, width - rowWidth(count)));
	return truncateEnd([...title, ...count], width);
}

function worksList(mode: WorksMode, works: LibraryWorks, width: number, height: number): Row[] {
	const lines = worksLines(works.list);
	if (lines.length === 0)
		return [
			plainRow(works.done ? 'no books, papers or other works found in the episodes' : 'finding works: they appear as they are found', width, {dim: true}),
		];
	const chosen = chosenLine(lines, mode.chosen);
	return lines
		.slice(mode.top, mode.top + height)
		.map((line, row) => (line.work ? workRow(line.work, mode.top + row === chosen, width) : plainRow(line.heading, width, {bold: true})));
}

/** A moment: the episode's title (the titles in a column), then where the work comes up. */
function momentRow(moment: Moment, chosen: boolean, titleWidth: number, width: number): Row {
	const inverse = chosen;
	return truncateEnd(
		[
			{text: `  ${cellText(sanitizeLine(moment.episode.title), titleWidth)}`, inverse},
			spaces(GAP),
			{text: moment.place, dim: !chosen, inverse},
			{text: `  ${moment.episode.date}`, dim: true},
		],
		width,
	);
}

function momentsList({work, moments, chosen, top}: MomentsList, width: number, height: number): Row[] {
	const longest = Math.max(0, ...moments.map(moment => rowWidth([{text: sanitizeLine(moment.episode.title)}])));
	const titleWidth = Math.max(10, Math.min(longest, width - 2 - GAP - PLACE_WIDTH));
	const heading = truncateEnd(
		[
			{text: workText(work), bold: true},
			{text: `  ${plural(work.episodes.length, 'episode')}, ${plural(moments.length, 'moment')}`, dim: true},
		],
		width,
	);
	const rows = moments.slice(top, top + Math.max(1, height - 1)).map((moment, row) => momentRow(moment, top + row === chosen, titleWidth, width));
	return [heading, ...rows];
}

/** The works view's rows: `height` at most. */
export function worksRows(mode: WorksMode, works: LibraryWorks, width: number, height: number): Row[] {
	return mode.moments ? momentsList(mode.moments, width, height) : worksList(mode, works, width, height);
}

/** `12 works mentioned in 30 episodes` (`3 works found so far`, while finding them): the header's count in the works view. */
export function worksCount(works: LibraryWorks): string {
	if (!works.done) return `${plural(works.list.length, 'work')} found so far`;
	const episodes = new Set(works.list.flatMap(work => work.episodes.map(said => said.episode.id))).size;
	return `${plural(works.list.length, 'work')} mentioned in ${plural(episodes, 'episode')}`;
}
