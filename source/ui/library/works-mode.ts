/**
 * The library's works view (`w`): every work the show mentions, grouped by kind (as the reader's
 * sidebar groups one episode's), each with how many episodes say it; Enter lists its moments, one
 * a time it comes up in an episode, and Enter on one reads the episode there. Pure; it knows only
 * the works and how many rows it has (library-state.ts hands it its keys).
 */
import {groupWorks, mentionStamps, stampText} from '../../core/work-groups.js';
import type {EpisodeRow} from '../../library/index-db.js';
import type {ShowWork} from '../../library/library-works.js';
import type {Progress} from '../../library/progress.js';
import {keptInView, movedChoice, type ListMove} from '../list-rows.js';

/** The show's works as far as they are known: those found so far, and how finding the rest goes. */
export type LibraryWorks = {
	readonly list: readonly ShowWork[];
	/** Files looked at of those to look at, while the works are being found. */
	readonly finding: Progress | undefined;
	/** Every episode's works found (or finding them stopped): the list is whole. */
	readonly done: boolean;
};

export const NO_WORKS_YET: LibraryWorks = {list: [], finding: undefined, done: false};

/** The works found so far (`done`: all of them), how finding them goes, or why it stopped. */
export type WorksFound =
	| {readonly type: 'works'; readonly list: readonly ShowWork[]; readonly done: boolean}
	| {readonly type: 'finding-works'; readonly progress: Progress}
	| {readonly type: 'works-failed'; readonly message: string};

export function foundWorks(known: LibraryWorks | undefined, action: WorksFound): LibraryWorks {
	const works = known ?? NO_WORKS_YET;
	if (action.type === 'works') return {list: action.list, finding: action.done ? undefined : works.finding, done: action.done};
	return action.type === 'finding-works' ? {...works, finding: action.progress} : {...works, finding: undefined, done: true};
}

/** Where in an episode a work comes up: the reader opens there. */
export type MomentPlace = {readonly paragraph: number; readonly time: number};

/** A moment a work comes up: the episode, where (`00:12:03`, `¶12`), or nothing for a work only its notes link. */
export type Moment = {readonly episode: EpisodeRow; readonly place: string; readonly at: MomentPlace | undefined};

/** The moments of one work, and the one chosen. */
export type MomentsList = {readonly work: ShowWork; readonly moments: readonly Moment[]; readonly chosen: number; readonly top: number};

export type WorksMode = {
	readonly kind: 'works';
	/** The work chosen, by title: it stays chosen as the list grows and is sorted again. */
	readonly chosen: string | undefined;
	/** The first line of the list shown (its headings count). */
	readonly top: number;
	/** Enter on a work: its moments, over the list. */
	readonly moments: MomentsList | undefined;
};

export type WorksKey = ({readonly type: 'choose'} & ListMove) | {readonly type: 'open'} | {readonly type: 'back'};

/** What a key does in the works view: a new view, the view closed, or a moment to read. */
export type WorksOutcome = WorksMode | {readonly kind: 'closed'} | {readonly kind: 'open'; readonly moment: Moment};

/** A line of the works list: a kind's heading, or a work. */
export type WorksLine = {readonly heading: string; readonly work?: undefined} | {readonly work: ShowWork};

export const openWorks = (): WorksMode => ({kind: 'works', chosen: undefined, top: 0, moments: undefined});

/** The works list's lines: by kind (books, papers, …), in each the most said first. */
export function worksLines(list: readonly ShowWork[]): WorksLine[] {
	return groupWorks(list).flatMap(group => [{heading: group.title}, ...group.works.map(work => ({work}))]);
}

/** The line of the work chosen (the first work when it is not there), or -1 when there are none. */
export function chosenLine(lines: readonly WorksLine[], chosen: string | undefined): number {
	const at = chosen === undefined ? -1 : lines.findIndex(line => line.work?.title === chosen);
	return at >= 0 ? at : lines.findIndex(line => line.work !== undefined);
}

/** Each time `work` comes up, episode by episode: one a second in a timed episode, one a paragraph in one without times. */
export function momentsOf(work: ShowWork): Moment[] {
	return work.episodes.flatMap(({episode, work: said}): Moment[] => {
		if (said.mentions.length === 0) return [{episode, place: 'in the show notes only', at: undefined}];
		if (episode.timed) return mentionStamps(said).map(stamp => ({episode, place: stampText(stamp), at: stamp.mention}));
		const paragraphs = new Map(said.mentions.map(mention => [mention.paragraph, mention] as const));
		return [...paragraphs.values()].map(mention => ({episode, place: `¶${mention.paragraph + 1}`, at: mention}));
	});
}

/** The list with the work on `line` chosen, in view with its kind's heading when that is the line above. */
function chooseLine(mode: WorksMode, lines: readonly WorksLine[], line: number, height: number): WorksMode {
	const top = keptInView(mode.top, line, height);
	return {...mode, chosen: lines[line]?.work?.title, top: top === line && lines[line - 1]?.work === undefined ? Math.max(0, line - 1) : top};
}

function moveInWorks(mode: WorksMode, list: readonly ShowWork[], move: ListMove, height: number): WorksMode {
	const lines = worksLines(list);
	const works = lines.flatMap((line, at) => (line.work ? [at] : []));
	if (works.length === 0) return mode;
	const index = Math.max(0, works.indexOf(chosenLine(lines, mode.chosen)));
	return chooseLine(mode, lines, works[movedChoice(index, works.length, move, height)]!, height);
}

/** The moments list's rows on screen: a heading (the work), then the moments. */
const momentRows = (height: number) => Math.max(1, height - 1);

function moveInMoments(moments: MomentsList, move: ListMove, height: number): MomentsList {
	const chosen = movedChoice(moments.chosen, moments.moments.length, move, momentRows(height));
	return {...moments, chosen, top: keptInView(moments.top, chosen, momentRows(height))};
}

/** A key in the works view, `height` rows on screen: moves in the list on top, Enter goes into it, back closes it. */
export function worksKey(mode: WorksMode, list: readonly ShowWork[], key: WorksKey, height: number): WorksOutcome {
	const {moments} = mode;
	if (key.type === 'back') return moments ? {...mode, moments: undefined} : {kind: 'closed'};
	if (key.type === 'choose') return moments ? {...mode, moments: moveInMoments(moments, key, height)} : moveInWorks(mode, list, key, height);
	if (moments) {
		const moment = moments.moments[moments.chosen];
		return moment ? {kind: 'open', moment} : mode;
	}

	const work = worksLines(list)[chosenLine(worksLines(list), mode.chosen)]?.work;
	return work ? {...mode, chosen: work.title, moments: {work, moments: momentsOf(work), chosen: 0, top: 0}} : mode;
}

/** The list kept in view as it grows (the work chosen may have moved), or at a new size. */
export function worksInView(mode: WorksMode, list: readonly ShowWork[], height: number): WorksMode {
	const lines = worksLines(list);
	const line = chosenLine(lines, mode.chosen);
	const moments = mode.moments && {...mode.moments, top: keptInView(mode.moments.top, mode.moments.chosen, momentRows(height))};
	return line < 0 ? {...mode, moments} : {...chooseLine(mode, lines, line, height), chosen: mode.chosen, moments};
}

/**
 * A click on line `line` (from 0) of the works view (works-view.ts draws a line a work, under
 * headings; or the work, then a line a moment): it chooses the work or moment there, and on the
 * one chosen already, goes into it as Enter does.
 */
export function worksClick(mode: WorksMode, list: readonly ShowWork[], line: number, height: number): WorksOutcome {
	const {moments} = mode;
	if (moments) {
		const at = moments.top + line - 1;
		if (line < 1 || at >= moments.moments.length) return mode;
		return at === moments.chosen ? worksKey(mode, list, {type: 'open'}, height) : {...mode, moments: {...moments, chosen: at}};
	}

	const lines = worksLines(list);
	const work = lines[mode.top + line]?.work;
	if (!work) return mode;
	return mode.top + line === chosenLine(lines, mode.chosen) ? worksKey(mode, list, {type: 'open'}, height) : {...mode, chosen: work.title};
}
