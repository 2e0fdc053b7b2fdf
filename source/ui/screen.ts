/**
 * The screen for a state, as rows: the header, what the mode shows (the text, a list, the help…)
 * and the footer, with the works sidebar beside them when it is open and there is room. The app
 * draws these rows with Ink; the first paint writes the same rows before Ink has loaded. What the
 * mode draws is given (modeOf, modes/index.ts), so that the first paint loads no mode's keys. Pure.
 */
import {lineAtAnchor} from '../core/layout.js';
import {shownClock, type Transcript} from '../core/model.js';
import {formatRate} from '../core/playback.js';
import {formatClock} from '../core/time.js';
import {currentChapter, readingTime} from './chapter-state.js';
import {footerRow, LIBRARY_READING_HINTS, READING_HINTS, type FooterProps, type PlayerStatus, type Progress} from './footer-row.js';
import {headerRow, type HeaderProps} from './header-row.js';
import {liveParagraph, playerPosition} from './player-state.js';
import type {ModeLook} from './modes/mode.js';
import type {ModeKind, ReaderState} from './reader-state.js';
import {spaces, truncateEnd, type Row} from './rows.js';
import {sidebarView, sidebarViewOf, type SidebarView} from './sidebar-rows.js';
import type {ColorDepth} from './theme.js';
import {tooSmallText} from './too-small.js';
import {transcriptRows, type Span, type TranscriptViewProps} from './transcript-rows.js';
import {atEnd, bodyRows, frameRows, isTooSmall, positionOf, progressOf, screenWidth, SIDEBAR_GAP} from './viewport.js';
import {highlightedWork, sidebarPlace, sidebarShown, walkStatus} from './works-shown.js';

/** `HH:MM:SS / HH:MM:SS`, or nothing for a transcript without times. */
function clockOf(transcript: Transcript, position: number): string {
	return transcript.timed ? `${formatClock(position)} / ${formatClock(transcript.duration)}` : '';
}

function chapterTitle(state: ReaderState): string | undefined {
	return state.chapters?.list[currentChapter(state, state.chapters)]?.title;
}

function headerProps(state: ReaderState): HeaderProps {
	return {
		width: screenWidth(state),
		title: state.transcript.title,
		chapter: chapterTitle(state),
		clock: clockOf(state.transcript, positionOf(state)),
		percent: progressOf(state),
	};
}

/** What the text highlights: the search match gone to, and the mentions of the work chosen or gone to. */
function highlighted(state: ReaderState): Span[] {
	const {found} = state;
	const match = found?.shown ? found.hits[found.current] : undefined;
	const mentions = highlightedWork(state)?.mentions.filter(mention => mention.end > mention.start) ?? [];
	return match ? [match, ...mentions] : mentions;
}

function markedLine(state: ReaderState): {line: number; stamp: string} | undefined {
	const {marked} = state;
	if (!marked) return undefined;
	return {line: lineAtAnchor(state.layout, marked), stamp: shownClock(state.transcript, marked.seconds)};
}

export function textProps(state: ReaderState, colorDepth: ColorDepth): TranscriptViewProps {
	return {
		layout: state.layout,
		top: state.top,
		height: bodyRows(state),
		width: screenWidth(state),
		colorDepth,
		spans: highlighted(state),
		marked: markedLine(state),
		live: liveParagraph(state),
		only: state.speakerFilter,
	};
}

function progressOfReader(state: ReaderState): Progress {
	// As the header's percent: at the end once the end is in view; where it plays, once the player started.
	const reading = atEnd(state) ? state.transcript.duration : readingTime(state);
	const position = state.player ? playerPosition(state.player) : reading;
	return {position, duration: state.transcript.duration, ticks: state.chapters?.list.map(chapter => chapter.start) ?? []};
}

function playerStatus(state: ReaderState): PlayerStatus | undefined {
	const {player} = state;
	return (
		player && {
			playing: player.playback.playing,
			clock: formatClock(playerPosition(player)),
			rate: formatRate(player.playback.rate),
			following: player.following,
		}
	);
}

function footerStatus(state: ReaderState): string {
	if (state.mode.kind === 'search') return '';
	if (state.count !== '') return state.count;
	if (state.found?.shown) return `${state.found.current + 1}/${state.found.hits.length}`;
	return walkStatus(state) ?? (atEnd(state) ? '(END)' : '');
}

export function footerProps(state: ReaderState, mode: ModeLook<ModeKind>): FooterProps {
	return {
		width: screenWidth(state),
		status: footerStatus(state),
		hints: mode.hints(state),
		notice: state.notice,
		hinting: state.hinting ? (state.within === undefined ? READING_HINTS : LIBRARY_READING_HINTS) : undefined,
		line: mode.typed(state),
		progress: progressOfReader(state),
		player: playerStatus(state),
		filter: state.speakerFilter === undefined ? undefined : state.transcript.speakers[state.speakerFilter]!.name,
	};
}

/** A column of rows `width` wide. */
export type Column = {readonly width: number; readonly rows: readonly Row[]};

/** What the terminal shows: the main column (header, body, footer), and the works sidebar beside it when it shows there. */
export type Screen = {readonly main: Column; readonly side: Column | undefined};

/** What the mode shows in place of the text, or the text. */
function body(state: ReaderState, colorDepth: ColorDepth, mode: ModeLook<ModeKind>): readonly Row[] {
	const view = mode.view(state, colorDepth);
	const rows = view ?? transcriptRows(textProps(state, colorDepth));
	const width = screenWidth(state);
	const height = bodyRows(state);
	return [...rows.slice(0, height).map(row => truncateEnd(row, width)), ...Array.from({length: Math.max(0, height - rows.length)}, (): Row => [])];
}

/** The works sidebar beside the text, when it shows there: as tall as the frame, its column right of the main one. */
export function sideView(state: ReaderState): SidebarView | undefined {
	if (!state.refs || !sidebarPlace(state).beside || !sidebarShown(state)) return undefined;
	return sidebarViewOf({...state, refs: state.refs}, frameRows(state.rows));
}

function side(state: ReaderState): Column | undefined {
	const view = sideView(state);
	// A gap between the text and the sidebar's border.
	return view && {width: SIDEBAR_GAP + view.width, rows: sidebarView(view).map(row => [spaces(SIDEBAR_GAP), ...row])};
}

/** The screen for `state`, in the mode that `mode` draws. */
export function screenOf(state: ReaderState, colorDepth: ColorDepth, mode: ModeLook<ModeKind>): Screen {
	if (isTooSmall(state)) return {main: {width: state.columns, rows: tooSmallText(state.columns, state.rows).map(line => [{text: line}])}, side: undefined};
	const rows = [headerRow(headerProps(state)), ...body(state, colorDepth, mode), footerRow(footerProps(state, mode))];
	return {main: {width: screenWidth(state), rows}, side: side(state)};
}
