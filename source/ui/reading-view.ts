/**
 * What the reading screen shows for a state: the header, the lines of text and the footer, as the
 * props of their rows. The app draws them with Ink; the first paint writes the same rows before Ink
 * has loaded (first-paint.ts). Pure.
 */
import {contentWidth, lineAtAnchor} from '../core/layout.js';
import {shownClock, type Transcript} from '../core/model.js';
import {formatRate} from '../core/playback.js';
import {formatClock} from '../core/time.js';
import {TIME_QUERY_EXAMPLES} from '../core/time-query.js';
import {currentChapter, readingTime} from './chapter-state.js';
import {footerRow, type FooterProps, type PlayerStatus, type Progress, type TypedLine} from './footer-row.js';
import {headerRow, type HeaderProps} from './header-row.js';
import {liveParagraph, playerPosition} from './player-state.js';
import type {Row} from './rows.js';
import type {ReaderState} from './state.js';
import type {ColorDepth} from './theme.js';
import {transcriptRows, type Span, type TranscriptViewProps} from './transcript-rows.js';
import {atEnd, bodyRows, positionOf, progressOf} from './viewport.js';
import {highlightedWork, walkStatus} from './works-state.js';

/** As wide as the text: in a very wide terminal the time stays beside what it describes. */
export function screenWidth(state: ReaderState): number {
	return Math.min(state.columns, contentWidth(state.layout));
}

/** `HH:MM:SS / HH:MM:SS`, or nothing for a transcript without times. */
function clockOf(transcript: Transcript, position: number): string {
	return transcript.timed ? `${formatClock(position)} / ${formatClock(transcript.duration)}` : '';
}

function chapterTitle(state: ReaderState): string | undefined {
	return state.chapters && state.chapters.list[currentChapter(state, state.chapters)]?.title;
}

export function headerProps(state: ReaderState): HeaderProps {
	return {width: screenWidth(state), title: state.transcript.title, chapter: chapterTitle(state), clock: clockOf(state.transcript, positionOf(state)), percent: progressOf(state)};
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
	};
}

function progressOfReader(state: ReaderState): Progress {
	// As the header's percent: at the end once the end is in view; where it plays, once the player started.
	const reading = atEnd(state) ? state.transcript.duration : readingTime(state);
	const position = state.player ? playerPosition(state.player) : reading;
	return {position, duration: state.transcript.duration, ticks: state.chapters?.list.map(chapter => chapter.start) ?? []};
}

function typedLine(state: ReaderState): TypedLine | undefined {
	if (state.timeLine) return {prompt: 'go to: ', text: state.timeLine.text, aside: TIME_QUERY_EXAMPLES};
	return state.noteLine && {prompt: 'note: ', text: state.noteLine.text, aside: 'Enter saves the bookmark, Esc cancels'};
}

function playerStatus(state: ReaderState): PlayerStatus | undefined {
	const {player} = state;
	return player && {playing: player.playback.playing, clock: formatClock(playerPosition(player)), rate: formatRate(player.playback.rate), following: player.following};
}

/** The keys the footer's hints are about: the overlay's, or the sidebar's (fewer when it lists no works). */
function footerKeys(state: ReaderState): FooterProps['keys'] {
	if (state.overlay !== 'none' || !state.sidebar.focus) return state.overlay;
	return state.refs?.works.length === 0 ? 'sidebar-empty' : 'sidebar';
}

function footerStatus(state: ReaderState): string {
	if (state.search) return '';
	if (state.count !== '') return state.count;
	if (state.found?.shown) return `${state.found.current + 1}/${state.found.hits.length}`;
	return walkStatus(state) ?? (atEnd(state) ? '(END)' : '');
}

export function footerProps(state: ReaderState): FooterProps {
	return {
		width: screenWidth(state),
		status: footerStatus(state),
		keys: footerKeys(state),
		notice: state.notice,
		hinting: state.hinting,
		line: typedLine(state),
		progress: progressOfReader(state),
		player: playerStatus(state),
	};
}

/** The reading screen, row by row: the header, the text and the footer (no sidebar, no overlay). */
export function readingRows(state: ReaderState, colorDepth: ColorDepth): Row[] {
	const text = textProps(state, colorDepth);
	const body = transcriptRows(text);
	const blank = Array.from({length: text.height - body.length}, (): Row => []);
	return [headerRow(headerProps(state)), ...body, ...blank, footerRow(footerProps(state))];
}
