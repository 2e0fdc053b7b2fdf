import {Box, Text} from 'ink';
import {shownClock, type Transcript} from '../../core/model.js';
import {excerpt} from '../../core/search/highlight.js';
import type {SearchHit} from '../../core/search/search.js';
import type {SearchLine} from '../search-state.js';
import {speakerColor, type ColorDepth} from '../theme.js';

type Props = {
	readonly transcript: Transcript;
	readonly line: SearchLine;
	readonly width: number;
	readonly height: number;
	readonly colorDepth: ColorDepth;
};

/** Rows above the results: the query and a status line. */
const HEAD_ROWS = 2;
/** `00:03:02 ` and room for a speaker's name. */
const LABEL_WIDTH = 9;

function status(line: SearchLine): string {
	if (line.query.trim().length < 2) return 'type a few words of the quote; typos and any word order are fine';
	if (line.hits.length === 0) return 'no matches';
	return `${line.hits.length === 1 ? '1 match' : `${line.hits.length} matches`}, best first`;
}

function Result({transcript, hit, selected, width, colorDepth}: {readonly transcript: Transcript; readonly hit: SearchHit; readonly selected: boolean; readonly width: number; readonly colorDepth: ColorDepth}) {
	const paragraph = transcript.paragraphs[hit.paragraph]!;
	const speaker = transcript.turns[paragraph.turn]!.speaker;
	const name = speaker === undefined ? '' : transcript.speakers[speaker]!.name;
	const room = Math.max(10, width - LABEL_WIDTH - name.length - 2 - (hit.end - hit.start));
	const {before, passage, after} = excerpt(paragraph.text, hit, room);
	return (
		<Text wrap="truncate-end" inverse={selected}>
			<Text dimColor={!selected}>{transcript.timed ? `${shownClock(transcript, hit.time)} ` : ''}</Text>
			<Text color={speakerColor(speaker, colorDepth)}>{name}</Text>
			{'  '}
			{before}
			<Text bold underline>
				{passage}
			</Text>
			{after}
		</Text>
	);
}

/** The search line, and the matches best first; the chosen one stays in view. */
export function SearchOverlay({transcript, line, width, height, colorDepth}: Props) {
	const rows = Math.max(0, height - HEAD_ROWS);
	const first = Math.max(0, Math.min(line.selected - rows + 1, line.hits.length - rows));
	return (
		<Box flexDirection="column" height={height} flexShrink={0} overflow="hidden">
			<Text wrap="truncate-start">
				<Text bold>/</Text> {line.query}
				<Text inverse> </Text>
			</Text>
			<Text dimColor wrap="truncate-end">
				{status(line)}
			</Text>
			{line.hits.slice(first, first + rows).map((hit, row) => (
				<Result key={`${hit.paragraph}:${hit.start}`} transcript={transcript} hit={hit} selected={first + row === line.selected} width={width} colorDepth={colorDepth} />
			))}
		</Box>
	);
}
