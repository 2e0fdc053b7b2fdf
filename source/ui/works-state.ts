/**
 * What the works sidebar's keys (and the mouse on it) do: showing it, choosing a work, going to
 * its mentions and stepping through them; the works found here if they are not yet. What it shows
 * is works-shown.ts's. Pure.
 */
import type {References} from '../core/mentions/work.js';
import {referencesFor} from '../core/references.js';
import {NOT_IN_THE_WORDS, onlyInNotes} from '../core/work-groups.js';
import {markAt} from './chapter-state.js';
import {noticeFor} from './notice.js';
import type {ReaderState} from './reader-state.js';
import {bodyRows, CONTEXT_ABOVE, relayout, repeat, scrollTo} from './viewport.js';
import {currentWork, linesOf, sidebarFocused, sidebarPlace, sidebarShown, sidebarWorks, stopOf, stopsOf, walkInView} from './works-shown.js';

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
