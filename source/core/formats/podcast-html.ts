/*
 * Podcasting 2.0 HTML transcripts: a `<cite>Name:</cite>`, a `<time>0:53</time>` and a `<p>` of
 * text per paragraph, the cite and time before the paragraph or at its start. Read with
 * htmlparser2 (loaded only for an HTML file), which decodes entities and survives broken markup.
 */
import {InputError} from '../errors.js';
import {addParagraph, buildTranscript, type DraftParagraph, type Transcript} from '../model.js';
import {cleanText} from '../sanitize.js';
import {parseClock} from '../time.js';
import type {TranscriptFormat} from './format.js';

type Reading = {
	speaker: string | undefined;
	start: number | undefined;
	/** The `<cite>`, `<time>` or `<title>` whose text is being collected, and that text. */
	label: string | undefined;
	labelText: string;
	/** The paragraph's text so far, while inside a `<p>`, and whether it has any words yet. */
	paragraph: string | undefined;
	paragraphHasWords: boolean;
	title: string;
	drafts: DraftParagraph[];
	badTimes: string[];
};

const LABELS = new Set(['cite', 'time', 'title']);

function lastStart(reading: Reading): number {
	return reading.drafts.at(-1)?.start ?? 0;
}

function closeLabel(reading: Reading) {
	const text = cleanText(reading.labelText);
	if (reading.label === 'title') reading.title ||= text;
	if (reading.label === 'cite') reading.speaker = text.replace(/:$/, '').trim() || undefined;
	if (reading.label === 'time') {
		const start = parseClock(text);
		if (start === undefined) reading.badTimes.push(text);
		else reading.start = start;
	}

	reading.label = undefined;
}

function closeParagraph(reading: Reading) {
	const text = cleanText(reading.paragraph ?? '');
	reading.paragraph = undefined;
	reading.paragraphHasWords = false;
	if (text === '') return;
	const start = Math.max(reading.start ?? lastStart(reading), lastStart(reading));
	addParagraph(reading.drafts, {speaker: reading.speaker, start, stamped: reading.start !== undefined, text});
	reading.start = undefined;
}

function openTag(reading: Reading, name: string) {
	// A <cite> or <time> inside a paragraph's text is text (a book's title, a time mentioned).
	const atParagraphStart = !reading.paragraphHasWords;
	if (LABELS.has(name) && atParagraphStart && reading.label === undefined) {
		reading.label = name;
		reading.labelText = '';
	} else if (name === 'p') {
		if (reading.paragraph !== undefined) closeParagraph(reading);
		reading.paragraph = '';
		reading.paragraphHasWords = false;
	} else if (name === 'br') {
		reading.paragraph &&= `${reading.paragraph} `;
	}
}

async function parse(html: string): Promise<Transcript> {
	const {Parser} = await import('htmlparser2');
	const reading: Reading = {
		speaker: undefined,
		start: undefined,
		label: undefined,
		labelText: '',
		paragraph: undefined,
		paragraphHasWords: false,
		title: '',
		drafts: [],
		badTimes: [],
	};
	const parser = new Parser(
		{
			onopentag: name => openTag(reading, name),
			ontext(text) {
				if (reading.label) reading.labelText += text;
				else if (reading.paragraph !== undefined) {
					reading.paragraph += text;
					reading.paragraphHasWords ||= /\S/.test(text);
				}
			},
			onclosetag(name) {
				if (name === reading.label) closeLabel(reading);
				else if (name === 'p' && reading.paragraph !== undefined) closeParagraph(reading);
			},
		},
		{decodeEntities: true},
	);
	parser.end(html);
	if (reading.drafts.length === 0) throw new InputError('is HTML without transcript paragraphs (<p>)');
	const warnings = reading.badTimes.length > 0 ? [`${reading.badTimes.length} <time> not read as a time (first: '${reading.badTimes[0]!.slice(0, 30)}')`] : [];
	return buildTranscript(reading.title, reading.drafts, {warnings, timed: reading.drafts.some(draft => draft.stamped)});
}

/** An HTML document (it opens with a tag) with paragraphs and two `<time>`s that read as times in an episode (`0:53`, not `January 5`). */
function detect(text: string): number {
	const head = text.slice(0, 20_000);
	if (!/^\s*</.test(head) || !/<p[\s>]/i.test(head)) return 0;
	const times = [...head.matchAll(/<time[^>]*>([^<]{1,20})<\/time>/gi)].filter(match => parseClock(match[1]!) !== undefined);
	return times.length >= 2 ? 0.9 : 0;
}

export const podcastHtml: TranscriptFormat = {name: 'html', detect, parse};
