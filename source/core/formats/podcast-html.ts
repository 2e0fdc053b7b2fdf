/*
 * Podcasting 2.0 HTML transcripts: a `<cite>Name:</cite>`, a `<time>0:53</time>` and a `<p>` of
 * text per paragraph. Read with htmlparser2 (loaded only for an HTML file), which also decodes
 * entities and survives broken markup.
 */
import {InputError} from '../errors.js';
import {buildTranscript, type DraftParagraph, type Transcript} from '../model.js';
import {parseClock} from '../time.js';
import {cleanCueText} from './cues.js';
import type {TranscriptFormat} from './format.js';

const COLLECTED = new Set(['cite', 'time', 'p', 'title']);

type Reading = {
	speaker: string | undefined;
	start: number | undefined;
	/** The element whose text is being collected, and the text so far. */
	inside: string | undefined;
	text: string;
	title: string;
	drafts: DraftParagraph[];
	badTimes: string[];
};

function close(reading: Reading, name: string, lastStart: () => number) {
	const text = cleanCueText(reading.text);
	reading.inside = undefined;
	if (name === 'title') reading.title ||= text;
	if (name === 'cite') reading.speaker = text.replace(/:$/, '').trim() || undefined;
	if (name === 'time') {
		const start = parseClock(text);
		if (start === undefined) reading.badTimes.push(text);
		else reading.start = start;
	}

	if (name === 'p' && text !== '') {
		reading.drafts.push({speaker: reading.speaker, start: Math.max(reading.start ?? lastStart(), lastStart()), stamped: reading.start !== undefined, text});
		reading.start = undefined;
	}
}

async function parse(html: string): Promise<Transcript> {
	const {Parser} = await import('htmlparser2');
	const reading: Reading = {speaker: undefined, start: undefined, inside: undefined, text: '', title: '', drafts: [], badTimes: []};
	const lastStart = () => reading.drafts.at(-1)?.start ?? 0;
	const parser = new Parser(
		{
			onopentag(name) {
				if (COLLECTED.has(name)) {
					reading.inside = name;
					reading.text = '';
				} else if (name === 'br') {
					reading.text += ' ';
				}
			},
			ontext(text) {
				if (reading.inside) reading.text += text;
			},
			onclosetag(name) {
				if (name === reading.inside) close(reading, name, lastStart);
			},
		},
		{decodeEntities: true},
	);
	parser.end(html);
	if (reading.drafts.length === 0) throw new InputError('is HTML without transcript paragraphs (<p>)');
	const warnings = reading.badTimes.length > 0 ? [`${reading.badTimes.length} <time> not read as a time (first: '${reading.badTimes[0]!.slice(0, 30)}')`] : [];
	return buildTranscript(reading.title, reading.drafts, {warnings, timed: reading.drafts.some(draft => draft.stamped)});
}

function detect(text: string): number {
	const head = text.slice(0, 20_000);
	if (!/<p[\s>]/i.test(head)) return 0;
	if (/<time[\s>]/i.test(head)) return 0.9;
	return /<cite[\s>]/i.test(head) ? 0.6 : 0;
}

export const podcastHtml: TranscriptFormat = {name: 'html', detect, parse};
