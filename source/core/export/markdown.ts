/* Markdown: `# Title`, then a paragraph each, opening with `[hh:mm:ss]` and `**Name:**` at a turn. */
import {speakerColon} from '../formats/cues.js';
import type {Transcript} from '../model.js';
import {formatStamp} from '../time.js';
import {speakerName} from './spans.js';

/** A link target that cannot end the link early or break the line. */
export function linkTarget(url: string): string {
	return url.replace(/[\s()<>]/g, character => `%${character.codePointAt(0)!.toString(16).toUpperCase().padStart(2, '0')}`);
}

/** Backslash-escape what Markdown would read as markup anywhere in a line. */
export function escapeInline(text: string): string {
	return text.replace(/[\\`*_[\]~]|<(?=[a-z/!?])|&(?=#?\w+;)/gi, '\\$&');
}

/** Escape a paragraph so that the words come back as written: markup, and what its start could be read as. */
function escapeMarkdown(text: string): string {
	// `Q: what…` said by someone else would read as Q speaking: the colon is escaped.
	const colon = speakerColon(text);
	const escaped = colon === undefined ? escapeInline(text) : `${escapeInline(text.slice(0, colon))}\\:${escapeInline(text.slice(colon + 1))}`;
	return (
		escaped
			.replace(/^([#>+=(-]|\d+(?=[.)]))/, '\\$1')
			// A time at the start (`10:30 is when we met`) would read as the paragraph's stamp.
			.replace(/^(\d{1,3}):/, '$1\\:')
	);
}

export function toMarkdown(transcript: Transcript): string {
	// Always a title: a heading is how Parley tells this Markdown from timed lines when no one is named.
	const blocks = [`# ${escapeMarkdown(transcript.title || 'Transcript')}`];
	for (const turn of transcript.turns) {
		for (const [index, paragraph] of turn.paragraphs.entries()) {
			const name = speakerName(transcript, paragraph);
			// Every paragraph has its stamp: that is how the reader tells it from prose without names.
			const stamp = transcript.timed ? `[${formatStamp(paragraph.start)}] ` : '';
			const speaker = index === 0 && name !== undefined ? `**${escapeMarkdown(name)}:** ` : '';
			blocks.push(`${stamp}${speaker}${escapeMarkdown(paragraph.text)}`);
		}
	}

	return `${blocks.join('\n\n')}\n`;
}
