/* Whisper's TSV: a `start<TAB>end<TAB>text` header, then one segment a line, times in milliseconds. */
import {InputError} from '../errors.js';
import {buildTranscript, type Transcript} from '../model.js';
import {cleanCueText, cuesToParagraphs, speakerPrefixes, type Cue} from './cues.js';
import type {TranscriptFormat} from './format.js';
import {firstFew, plural} from './warnings.js';

const HEADER = /^start\tend\ttext\s*$/;
const ROW = /^(\d+)\t(\d+)\t(.*)$/;

function parse(text: string): Transcript {
	const lines = text.split('\n');
	const cues: Cue[] = [];
	const bad: number[] = [];
	for (const [index, line] of lines.entries()) {
		if (index === 0 || line.trim() === '') continue;
		const row = ROW.exec(line);
		if (!row) {
			bad.push(index + 1);
			continue;
		}

		const [, start = '', end = '', body = ''] = row;
		cues.push({start: Number(start) / 1000, end: Number(end) >= Number(start) ? Number(end) / 1000 : undefined, speaker: undefined, text: cleanCueText(body)});
	}

	const warnings = bad.length > 0 ? [`${plural(bad.length, 'line')} not of the form start<TAB>end<TAB>text skipped (line ${firstFew(bad)})`] : [];
	const split = speakerPrefixes(cues.map(cue => cue.text));
	const paragraphs = cuesToParagraphs(cues.map(cue => ({...cue, ...split(cue.text)})), warnings);
	if (paragraphs.length === 0) throw new InputError('has a Whisper TSV header but no segments');
	return buildTranscript('', paragraphs, {warnings});
}

export const whisperTsv: TranscriptFormat = {
	name: 'whisper-tsv',
	detect: text => (HEADER.test(text.split('\n', 1)[0]!) ? 1 : 0),
	parse,
};
