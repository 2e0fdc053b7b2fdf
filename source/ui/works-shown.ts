/**
 * What the works sidebar shows, and where: the works in their groups, where it goes (beside the
 * text or over it), the work being discussed, the place of a walk through a work's mentions. Pure;
 * no rule that finds works is loaded with it, so the first screen can draw it (works-state.ts has
 * what the keys do).
 */
import {cachedIn} from '../core/cache.js';
import {lineAtAnchor, type Layout} from '../core/layout.js';
import type {Mention, References, Work} from '../core/mentions/work.js';
import {groupWorks, type WorkGroup} from '../core/work-groups.js';
import {lineForTime} from './chapter-state.js';
import type {ReaderState, SidebarState} from './reader-state.js';
import {CONTEXT_ABOVE, screenWidth, SIDEBAR_BESIDE_COLUMNS, sidebarBesideWidth} from './viewport.js';

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

export function linesOf(state: ReaderState, refs: References): Lines {
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
export function stopsOf(state: ReaderState, refs: References, work: number): number[] {
	const lines = linesOf(state, refs).mentions[work] ?? [];
	return lines.flatMap((line, index) => (index === 0 || line !== lines[index - 1] ? [index] : []));
}

/** The stop a mention belongs to. */
export function stopOf(stops: readonly number[], mention: number): number {
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

/** Whether the view is where the last step of the walk put it: n/N (and Enter) step from that mention, else from the view. */
export function walkInView(state: ReaderState): boolean {
	return state.walk?.top === state.top;
}
