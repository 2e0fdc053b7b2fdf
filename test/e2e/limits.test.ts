/*
 * Very large input: far over the cap it is refused at once, in one line, without reading it all;
 * a 20-hour transcript, and the longest the cap lets through, open and page to the end and back.
 * (`npm run bench` reports the times; here only what happens, and memory within generous bounds.)
 */
import {rmSync} from 'node:fs';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {hugeTranscript, LARGEST_HOURS, longTranscript, manyParagraphs, openAndPage, runParley, scratchFolder} from '../bench/limits-bench.js';
import {killedAfterEach} from './killed-after-each.js';

/** A refusal reads 8 MB at most: it stays near what Parley takes at rest (~65 MB). */
const REFUSAL_MAX_RSS_MB = 150;
const OPEN_MAX_RSS_MB = 400;
/** What the cap lets through: the README promises a few hundred MB, under the 1 GB V8 may use. */
const LARGEST_MAX_RSS_MB = 700;
const SLOW = 60_000;

const folder = scratchFolder();
let huge = '';
beforeAll(() => {
	huge = hugeTranscript(folder);
});
afterAll(() => rmSync(folder, {recursive: true, force: true}));

const opened = killedAfterEach();

describe('input over the limits', () => {
	it.each([
		['named on the command line', 'named', /^parley: '.*huge\.txt' is too large: Parley reads transcripts of up to 8 MB\n$/],
		['piped (cat big | parley)', 'piped', /^parley: 'standard input' is too large: Parley reads transcripts of up to 8 MB\n$/],
	] as const)('a 200 MB transcript %s is refused in one line, exit 2, in little memory', async (_how, way, message) => {
		const refused = way === 'named' ? await runParley('200 MB', [huge]) : await runParley('200 MB', [], huge);
		expect(refused.exitCode).toBe(2);
		expect(refused.stderr).toMatch(message);
		expect(refused.peakRssMB).toBeLessThan(REFUSAL_MAX_RSS_MB);
	});

	it('more than 100,000 paragraphs are refused in one line, exit 2', async () => {
		const refused = await runParley('paragraphs', [manyParagraphs(folder)]);
		expect(refused.exitCode).toBe(2);
		expect(refused.stderr).toMatch(/^parley: '.*many\.txt' has more than 100,000 paragraphs, the most Parley reads\n$/);
		expect(refused.peakRssMB).toBeLessThan(REFUSAL_MAX_RSS_MB);
	});
});

describe('long transcripts', () => {
	it.each([
		[20, 'txt', OPEN_MAX_RSS_MB],
		[20, 'vtt', OPEN_MAX_RSS_MB],
		[LARGEST_HOURS, 'txt', LARGEST_MAX_RSS_MB],
	] as const)('%i hours (%s) open, go to the end with G and back with g', {timeout: SLOW}, async (hours, format, maxRssMB) => {
		const path = await longTranscript(folder, hours, format);
		const {opening, term} = await openAndPage(`${hours} hours`, path);
		opened(term);
		const start = (await term.screen())[0]!;
		expect(start).toMatch(new RegExp(`^Synthetic episode .* 00:00:00 / ${hours}:00:\\d\\d\\s+0%$`));
		term.press('G');
		const end = await term.waitFor('(END)');
		expect(end.split('\n')[0]).toMatch(/ 100%$/);
		expect(opening.peakRssMB).toBeLessThan(maxRssMB);
		term.press('q');
		expect((await term.exited).exitCode).toBe(0);
	});
});
