/*
 * Parse-time figures for `npm run bench`: a 5-hour episode written in every format Parley reads,
 * cut into captions of six words (~7,500 cues) where the format is a caption format, then read
 * (detection included) as Parley reads a file.
 */
import {exportTranscript} from '../../source/core/export/index.js';
import {transcriptSpans, type Span} from '../../source/core/export/spans.js';
import {chooseFormat, parseTranscript} from '../../source/core/formats/index.js';
import {buildTranscript, timeAt, type DraftParagraph, type TimeMark, type Transcript} from '../../source/core/model.js';
import {formatClock, formatStamp} from '../../source/core/time.js';
import {parseText} from '../helpers/transcripts.js';
import {syntheticTranscript} from './synthetic.js';

export type ParseFigures = {
	readonly format: string;
	readonly detected: string;
	readonly bytes: number;
	readonly cues: number;
	readonly medianMs: number;
	readonly maxMs: number;
};

const WORDS_PER_CUE = 6;
const RUNS = 15;

/** The same transcript with a time every six words, as captions have. */
function captioned(transcript: Transcript): Transcript {
	const drafts: DraftParagraph[] = transcript.paragraphs.map(paragraph => {
		const marks: TimeMark[] = [];
		const words = [...paragraph.text.matchAll(/\S+/g)];
		for (let index = WORDS_PER_CUE; index < words.length; index += WORDS_PER_CUE) {
			const offset = words[index]!.index;
			marks.push({offset, start: Math.round(timeAt(paragraph, offset) * 1000) / 1000});
		}

		const speaker = transcript.turns[paragraph.turn]!.speaker;
		return {
			speaker: speaker === undefined ? undefined : transcript.speakers[speaker]!.name,
			start: paragraph.start,
			end: paragraph.end,
			stamped: true,
			text: paragraph.text,
			marks,
		};
	});
	return buildTranscript(transcript.title, drafts);
}

const html = (transcript: Transcript) =>
	transcript.turns
		.map(
			turn =>
				`<cite>${transcript.speakers[turn.speaker!]!.name}:</cite>\n<time>${formatClock(turn.start)}</time>\n${turn.paragraphs.map(p => `<p>${p.text}</p>`).join('\n')}`,
		)
		.join('\n');

const whisperJson = (spans: readonly Span[]) =>
	JSON.stringify({
		text: spans.map(span => span.text).join(' '),
		segments: spans.map((span, id) => ({id, start: span.start, end: span.end, text: ` ${span.text}`})),
	});

const whisperTsv = (spans: readonly Span[]) =>
	['start\tend\ttext', ...spans.map(span => `${Math.round(span.start * 1000)}\t${Math.round(span.end * 1000)}\t${span.text}`)].join('\n');

const timedLines = (spans: readonly Span[]) =>
	spans.map(span => `${formatStamp(span.start)} ${span.newSpeaker ? `${span.speaker}: ` : ''}${span.text}`).join('\n');

/** One word per segment, as Podcasting 2.0 JSON from some hosts. */
function wordJson(spans: readonly Span[]): string {
	const segments = spans.flatMap(span => {
		const words = span.text.split(' ');
		const step = (span.end - span.start) / words.length;
		return words.map((body, index) => ({speaker: span.speaker, startTime: span.start + index * step, endTime: span.start + (index + 1) * step, body}));
	});
	return JSON.stringify({version: '1.0.0', segments});
}

/** The 5-hour synthetic episode as captions of six words. */
export async function fiveHourCaptions(format: 'vtt' | 'srt'): Promise<string> {
	return exportTranscript(captioned(await parseText(syntheticTranscript(5))), format);
}

async function inputs(): Promise<Array<[string, string]>> {
	const paragraphs = await parseText(syntheticTranscript(5));
	const captions = captioned(paragraphs);
	const spans = transcriptSpans(captions);
	const untimed = exportTranscript(paragraphs, 'txt')
		.replace(/^(.+):\t\S+\n/gm, '$1: ')
		.replace(/^\d\d:\d\d:\d\d\n/gm, '');
	return [
		['vtt', exportTranscript(captions, 'vtt')],
		['srt', exportTranscript(captions, 'srt')],
		['json (a segment per paragraph)', exportTranscript(paragraphs, 'json')],
		['json (a word per segment)', wordJson(spans)],
		['whisper json', whisperJson(spans)],
		['whisper tsv', whisperTsv(spans)],
		['html', html(paragraphs)],
		['md', exportTranscript(paragraphs, 'md')],
		['bundled format (txt)', exportTranscript(paragraphs, 'txt')],
		['timed lines', timedLines(spans)],
		['plain text, no times', untimed],
	];
}

async function measureFormat(format: string, text: string): Promise<ParseFigures> {
	const times: number[] = [];
	for (let run = 0; run < RUNS; run++) {
		const started = performance.now();
		await parseTranscript(text);
		times.push(performance.now() - started);
	}

	times.sort((a, b) => a - b);
	const cues = format === 'vtt' || format === 'srt' ? (text.match(/-->/g) ?? []).length : 0;
	return {format, detected: chooseFormat(text).name, bytes: Buffer.byteLength(text), cues, medianMs: times[Math.floor(RUNS / 2)]!, maxMs: times.at(-1)!};
}

export async function measureParsing(): Promise<ParseFigures[]> {
	const figures: ParseFigures[] = [];
	for (const [format, text] of await inputs()) figures.push(await measureFormat(format, text));
	return figures;
}

export function parseTable(figures: readonly ParseFigures[]): string {
	const rows = figures.map(figure => {
		const target = figure.format === 'vtt' ? ` ${figure.medianMs < 100 ? '✓' : '✗'} (≤ 100 ms)` : '';
		const size = `${(figure.bytes / 1024 / 1024).toFixed(1)} MB${figure.cues > 0 ? `, ${figure.cues.toLocaleString('en')} cues` : ''}`;
		return `| ${figure.format} | ${figure.detected} | ${size} | ${figure.medianMs.toFixed(1)} ms${target} | ${figure.maxMs.toFixed(1)} ms |`;
	});
	return ['| 5-hour transcript as | detected as | size | parse, median | parse, max |', '|---|---|---|---|---|', ...rows].join('\n');
}
