import {describe, expect, it} from 'vitest';
import {formatPlainText} from '../../source/core/plain.js';
import {parseText, SMALL} from '../helpers/transcripts.js';

describe('formatPlainText', () => {
	it('prints the title, then each turn with its time and speaker, one paragraph per line', () => {
		expect(formatPlainText(parseText(SMALL))).toBe(
			[
				'A small episode',
				'',
				'[00:00:05] Ada Lovelace:',
				'Welcome to the show. I’m your host, Ada Lovelace.',
				'[00:00:20] Our guest today builds engines.',
				'',
				'[00:00:30] Charles Babbage:',
				'Thank you for having me.',
				'[00:00:40] The difference engine was my first.',
				'',
				'[00:01:00] Ada Lovelace:',
				'Tell us more.',
				'',
			].join('\n'),
		);
	});
});
