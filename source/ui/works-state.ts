/**
 * The works sidebar: the books, papers and other works the transcript mentions, beside the text or
 * over it; choosing one, going to its mentions, and the work being discussed. Pure.
 */
import {cachedIn} from '../core/cache.js';
import {lineAtAnchor, type Layout} from '../core/layout.js';
import type {Mention, References, Work} from '../core/mentions/work.js';
import {groupWorks, NOT_IN_THE_WORDS, onlyInNotes, referencesFor, type WorkGroup} from '../core/work-groups.js';
import {lineForTime, markAt} from './chapter-state.js';
import {noticeFor} from './notice.js';
import type {ReaderState, SidebarState} from './reader-state.js';
import {bodyRows, CONTEXT_ABOVE, relayout, repeat, screenWidth, scrollTo, SIDEBAR_BESIDE_COLUMNS, sidebarBesideWidth} from './viewport.js';

export const CLOSED_SIDEBAR: SidebarState = {open: false, selected: 0, warned: false};

/** Whether the sidebar has the focus: its keys are read (the `works` mode). */
export const sidebarFocused = (state: ReaderState): boolean => state.mode.kind === 'works';

/** A work mentioned longer ago than this (at the top of the view) is no longer the one being discussed. */
const DISCUSSED_SECONDS = 180;

/** The sidebar's works and groups: the works grouped by kind, `works[i]` the i-th shown. */
export type SidebarWorks = {readonly groups: readonly WorkGroup[]; readonly works: readonly Work[]};

const orders = new WeakMap<References, SidebarWorks>();

export function sidebarWorks(refs: References): SidebarWorks {
	return cachedIn(orders, refs, () => {
		const groups = groupWorks(refs.works);
		return {groups, works: groups.flatMap(group => group.works)};
	});
}

/**
 * Beside the text in a terminal wide enough (the text narrowed for it while it is open, see
 * `textColumns`); else over the text, as wide as it.
 */
export function sidebarPlace(state: Pick<ReaderState, 'columns' | 'layout' | 'transcript'>): {readonly beside: boolean; readonly width: number} {
	return state.columns >= SIDEBAR_BESIDE_COLUMNS ? {beside: true, width: sidebarBesideWidth(state)} : {beside: false, width: screenWidth(state)};
}

/** Drawn: open, and beside the text or (over it) with the focus. */
export function sidebarShown(state: ReaderState): boolean {
	return state.sidebar.open && (sidebarFocused(state) || sidebarPlace(state).beside);
}

/** Beside the text, the sidebar narrows it, and hiding it widens it again: laid out anew when the columns it has change. */
function fitText(state: ReaderState): ReaderState {
	const laid = relayout(state);
	return laid.layout.textWidth === state.layout.textWidth ? state : laid;
}

/** The works, found now if they are not yet (the app finds them after the first frame). */
export function withRefs<S extends ReaderState>(state: S): S & {refs: References} {
	return state.refs ? (state as S & {refs: References}) : {...state, refs: referencesFor(state.transcript, state.givenRefs)};
}

/** The works found after the first frame; the references file's warnings join the first screen's, while it shows. */
export function refsReady(state: ReaderState, refs: References): ReaderState {
	if (state.refs) return state;
	if (!state.hinting || refs.warnings.length === 0) return {...state, refs};
	return {...state, refs, notice: noticeFor([...state.transcript.warnings, ...refs.warnings]), sidebar: {...state.sidebar, warned: true}};
}

type Lines = {
	/** `mentions[w][m]`: the line work w's mention m is on. */
	readonly mentions: ReadonlyArray<readonly number[]>;
	/** Every mention, by line (then as said): the line, its time and its work. */
	readonly byLine: ReadonlyArray<{readonly line: number; readonly time: number; readonly work: number}>;
};

const lineCache = new WeakMap<References, WeakMap<Layout, Lines>>();

/** A mention's line: where its words are; for one the references file gives only a time, the line spoken then. */
function mentionLine(state: ReaderState, mention: Mention): number {
	if (mention.end > mention.start) return lineAtAnchor(state.layout, {paragraph: mention.paragraph, offset: mention.start});
	return lineForTime(state, mention.time) ?? state.layout.textStart[mention.paragraph] ?? 0;
}

function linesOf(state: ReaderState, refs: References): Lines {
	const byLayout = cachedIn(lineCache, refs, () => new WeakMap<Layout, Lines>());
	return cachedIn(byLayout, state.layout, () => {
		const {works} = sidebarWorks(refs);
		const mentions = works.map(work => work.mentions.map(mention => mentionLine(state, mention)));
		const byLine = works
			.flatMap((work, index) => work.mentions.map((mention, at) => ({line: mentions[index]![at]!, time: mention.time, work: index, mention})))
			.sort((a, b) => a.line - b.line || a.mention.paragraph - b.mention.paragraph || a.mention.start - b.mention.start)
			.map(({line, time, work}) => ({line, time, work}));
		return {mentions, byLine};
	});
}

/** The mentions n/N stop at: one a line (several on one line are one stop), as indexes into the work's mentions. */
function stopsOf(state: ReaderState, refs: References, work: number): number[] {
	const lines = linesOf(state, refs).mentions[work] ?? [];
	return lines.flatMap((line, index) => (index === 0 || line !== lines[index - 1] ? [index] : []));
}

/** The stop a mention belongs to. */
function stopOf(stops: readonly number[], mention: number): number {
	return Math.max(
		0,
		stops.findLastIndex(stop => stop <= mention),
	);
}

/** Where n/N are among the mentions walked: `2/6`, or nothing when no walk is shown. */
export function walkStatus(state: ReaderState): string | undefined {
	const {walk, refs} = state;
	if (!walk?.shown || !refs || (sidebarFocused(state) && state.sidebar.selected !== walk.work)) return undefined;
	const stops = stopsOf(state, refs, walk.work);
	return `${stopOf(stops, walk.mention) + 1}/${stops.length}`;
}

/**
 * The work being discussed: the one gone to, while the view has not moved; else the work of the
 * mention nearest above the line a jump lands on, if it was said within the last few minutes.
 */
export function currentWork(state: ReaderState): number | undefined {
	const {refs} = state;
	if (!refs) return undefined;
	if (state.walk && walkInView(state)) return state.walk.work;
	const reading = Math.min(state.layout.lines.length - 1, state.top + CONTEXT_ABOVE);
	const {byLine} = linesOf(state, refs);
	const nearest = byLine.findLast(entry => entry.line <= reading);
	const now = state.layout.lines[reading]?.time ?? 0;
	return nearest && nearest.time >= now - DISCUSSED_SECONDS ? nearest.work : undefined;
}

/** The work whose mentions the text highlights: the one chosen while the sidebar has the focus, else the one gone to. */
export function highlightedWork(state: ReaderState): Work | undefined {
	if (!state.refs) return undefined;
	const {works} = sidebarWorks(state.refs);
	if (sidebarFocused(state) && sidebarShown(state)) return works[state.sidebar.selected];
	return state.walk?.shown ? works[state.walk.work] : undefined;
}

/** To a work's mention: the line with it, a little context above (as for a search match). */
function goToMention(state: ReaderState & {refs: References}, work: number, mention: number): ReaderState {
	const said = sidebarWorks(state.refs).works[work]!.mentions[mention]!;
	const scrolled = scrollTo(state, linesOf(state, state.refs).mentions[work]![mention]! - CONTEXT_ABOVE);
	// A time from the references file has no words to highlight: the moment is marked, as a time gone to is.
	const marked = said.end > said.start ? scrolled.marked : markAt(scrolled, said.time);
	// Like a new search, going to a work replaces the last search for n/N.
	const gone = {...scrolled, marked, found: undefined, walk: {work, mention, top: scrolled.top, shown: true}};
	// Over the text, the sidebar steps aside so that the mention can be read.
	return sidebarPlace(state).beside ? gone : {...gone, mode: {kind: 'reading'}};
}

/** Whether the view is where the last step of the walk put it: n/N (and Enter) step from that mention, else from the view. */
function walkInView(state: ReaderState): boolean {
	return state.walk?.top === state.top;
}

/** The first of a work's stops below the top of the view (1) or above it (-1), around the end: an index into its stops. */
function stopFromView(state: ReaderState & {refs: References}, work: number, direction: 1 | -1): number {
	const stops = stopsOf(state, state.refs, work);
	const lines = linesOf(state, state.refs).mentions[work]!;
	const at = (stop: number) => lines[stops[stop]!]! - CONTEXT_ABOVE;
	const indexes = stops.map((_, index) => index);
	const below = indexes.find(index => at(index) > state.top);
	const above = indexes.findLast(index => at(index) < state.top);
	return direction > 0 ? (below ?? 0) : (above ?? stops.length - 1);
}

/**
 * n/N: the next or previous mention of work `work` (the one walked), around the end: from the
 * mention last gone to while the view is still there, else from the top of the view.
 */
function stepFrom(state: ReaderState & {refs: References}, work: number, direction: 1 | -1): ReaderState {
	const stops = stopsOf(state, state.refs, work);
	const {walk} = state;
	const [here, steps] =
		walk?.work === work && walkInView(state) ? [stopOf(stops, walk.mention), repeat(state)] : [stopFromView(state, work, direction), repeat(state) - 1];
	const next = (((here + direction * steps) % stops.length) + stops.length) % stops.length;
	return goToMention(state, work, stops[next]!);
}

/** n/N: the next or previous mention of the work walked, around the end. */
export function stepWalk(current: ReaderState, direction: 1 | -1): ReaderState {
	const state = withRefs(current);
	const {walk} = state;
	if (!walk) return {...state, count: ''};
	return stepFrom(state, walk.work, direction);
}

/** Enter while reading: the next mention of the work walked while its walk is shown and the view has not moved; else one line down. */
export function enterWalks(state: ReaderState): boolean {
	return state.walk?.shown === true && walkInView(state);
}

/** From the sidebar: Enter, the chosen work's first mention, then (again) the next; n/N, its next or previous mention from here. */
export function goToChosen(state: ReaderState & {refs: References}, direction: 1 | -1 | 'enter'): ReaderState {
	const work = state.sidebar.selected;
	const chosen = sidebarWorks(state.refs).works[work];
	if (!chosen) return {...state, count: ''};
	if (chosen.mentions.length === 0)
		return {
			...state,
			count: '',
			notice: onlyInNotes(chosen) ? `“${chosen.title}” is ${NOT_IN_THE_WORDS}: nowhere to go` : `no time given for “${chosen.title}”`,
		};
	if (state.walk?.work === work) return stepFrom(state, work, direction === 'enter' ? 1 : direction);
	if (direction === 'enter') return goToMention(state, work, 0);
	// The first mention below the view (n) or above it (N), around the end.
	return stepFrom(state, work, direction);
}

/** The work being discussed is chosen when the sidebar opens; the references file's warnings are shown then, once. */
function focusSidebar(current: ReaderState): ReaderState {
	const state = withRefs(current);
	const selected = currentWork(state) ?? state.sidebar.selected;
	const sidebar = {...state.sidebar, open: true, selected, warned: true};
	const notice = state.sidebar.warned ? state.notice : (noticeFor(state.refs.warnings) ?? state.notice);
	// Beside the text, the text narrows for it.
	return fitText({...state, mode: {kind: 'works'}, sidebar, notice, count: ''});
}

/** The focus back to the text. */
export const leaveSidebar = (state: ReaderState): ReaderState => ({...state, mode: {kind: 'reading'}});

/** `s`: shows the sidebar, with the focus; hides it when it shows. */
export function toggleSidebar(state: ReaderState): ReaderState {
	return sidebarShown(state) ? fitText({...state, mode: {kind: 'reading'}, sidebar: {...state.sidebar, open: false}, count: ''}) : focusSidebar(state);
}

/** Tab: the focus to the sidebar (showing it), or back to the text. */
export function switchFocus(state: ReaderState): ReaderState {
	return sidebarFocused(state) ? {...leaveSidebar(state), count: ''} : focusSidebar(state);
}

export function choose(state: ReaderState & {refs: References}, selected: number): ReaderState {
	const last = sidebarWorks(state.refs).works.length - 1;
	return {...state, count: '', sidebar: {...state.sidebar, selected: Math.max(0, Math.min(last, selected))}};
}

/** The sidebar with the focus: as it was, or given it now (the work being discussed chosen). */
const focused = (state: ReaderState): ReaderState & {refs: References} => withRefs(sidebarFocused(state) ? state : focusSidebar(state));

/** A notch of the mouse's wheel over the sidebar: the focus to it, and the next work (down) or the one before chosen. */
export function wheelWorks(current: ReaderState, direction: 1 | -1): ReaderState {
	const state = focused(current);
	return choose(state, state.sidebar.selected + direction);
}

/** A click on a work: the focus to the sidebar, and the work chosen; on the work chosen already, to its mentions (as Enter). */
export function clickWork(current: ReaderState, work: number): ReaderState {
	if (sidebarFocused(current) && current.sidebar.selected === work) return goToChosen(withRefs(current), 'enter');
	return choose(focused(current), work);
}

/** `{`/`}` in the sidebar: the first work of the next group, or of this one (then the one before). */
export function chooseGroup(state: ReaderState & {refs: References}, direction: 1 | -1): ReaderState {
	const {groups} = sidebarWorks(state.refs);
	const starts = groups.map((_, index) => groups.slice(0, index).reduce((sum, group) => sum + group.works.length, 0));
	const {selected} = state.sidebar;
	const target = direction > 0 ? starts.find(start => start > selected) : starts.findLast(start => start < selected);
	return choose(state, target ?? (direction > 0 ? selected : 0));
}

/** Works a page of the sidebar holds, roughly: a title, an author and the times each. */
export const pageOfWorks = (state: ReaderState) => Math.max(1, Math.floor(bodyRows(state) / 3));
