/** A quote to share: `“…” — Speaker, Episode title (00:22:36)`. Pure. */
import {shownClock, timeAt, type Transcript} from './model.js';

/** Characters [start, end) of a paragraph; the whole paragraph when no end is given. */
export type QuoteSpan = {readonly paragraph: number; readonly start: number; readonly end?: number};

/** The words of a span, with the speaker, the episode and the time they are said. */
export function quoteOf(transcript: Transcript, span: QuoteSpan): string {
	const paragraph = transcript.paragraphs[span.paragraph]!;
	const words = paragraph.text.slice(span.start, span.end ?? paragraph.text.length).trim();
	const speaker = transcript.speakers[transcript.turns[paragraph.turn]!.speaker ?? -1]?.name;
	const clock = shownClock(transcript, timeAt(paragraph, span.start));
	const source = [speaker, transcript.title].filter(part => part !== undefined && part !== '').join(', ');
	return `“${words}”${source === '' ? '' : ` — ${source}`}${clock === '' ? '' : ` (${clock})`}`;
}
