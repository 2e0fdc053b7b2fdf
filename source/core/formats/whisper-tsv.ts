/*
 * Whisper's TSV: a `start<TAB>end<TAB>text` header, then one segment a line, times in whole
 * milliseconds (or in seconds, when a file writes them with decimals).
 */
import {InputError} from '../errors.js';
import {buildTranscript, type Transcript} from '../model.js';
import {cleanText} from '../sanitize.js';
import {episodeTime} from '../time.js';
import {cuesToParagraphs, withPrefixedSpeakers, type Cue} from './cues.js';
import type {TranscriptFormat} from './format.js';
import {firstFew, plural} from './warnings.js';

const HEADER = /^start\tend\ttext\s*$/;
const ROW = /^(\d+(?:\.\d+)?)\t(\d+(?:\.\d+)?)\t(.*)$/;

function parse(text: string): Transcript {
	const lines = text.split('\n');
	const scale = /^\d+\.\d*\t|\t\d+\.\d*\t/m.test(text) ? 1 : 1000;
	const cues: Cue[] = [];
	const bad: number[] = [];
	const hasHeader = HEADER.test(lines[0] ?? '');
	for (const [index, line] of lines.entries()) {
		if ((index === 0 && hasHeader) || line.trim() === '') continue;
		const [, start = '', end = '', body = ''] = ROW.exec(line) ?? [];
		const startTime = episodeTime(Number(start) / scale);
		if (startTime === undefined || start === '') {
			bad.push(index + 1);
			continue;
		}

		const endTime = episodeTime(Number(end) / scale);
		cues.push({start: startTime, end: endTime !== undefined && endTime >= startTime ? endTime : undefined, speaker: undefined, text: cleanText(body)});
	}

	const why = `${plural(bad.length, 'line')} not of the form start<TAB>end<TAB>text (line ${firstFew(bad)})`;
	const warnings = bad.length > 0 ? [`${why} skipped`] : [];
	const paragraphs = cuesToParagraphs(withPrefixedSpeakers(cues), warnings);
	if (paragraphs.length === 0) throw new InputError(`has no Whisper TSV segments${bad.length > 0 ? `: ${why}` : ''}`);
	return buildTranscript('', paragraphs, {warnings});
}

export const whisperTsv: TranscriptFormat = {
	name: 'whisper-tsv',
	detect: text => (HEADER.test(text.split('\n', 1)[0]!) ? 1 : 0),
	parse,
};
