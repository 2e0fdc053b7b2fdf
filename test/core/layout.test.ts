import stringWidth from 'string-width';
import {describe, expect, it} from 'vitest';
import {anchorAt, contentWidth, layoutTranscript, lineAtAnchor} from '../../source/core/layout.js';
import {loadSeed, parseText, SMALL} from '../helpers/transcripts.js';

const small = await parseText(SMALL);

describe('layoutTranscript', () => {
	it('lays out a turn as a name line with its stamp, then text lines under the text column', async () => {
		const {lines} = layoutTranscript(small, 40);
		expect(lines.slice(0, 4).map(line => [line.kind, line.stamp, line.text])).toEqual([
			['name', '00:00:05', 'Ada Lovelace'],
			['text', '', 'Welcome to the show. I’m your'],
			['text', '', 'host, Ada Lovelace.'],
			['gap', '', ''],
		]);
	});

	it('gives each stamped paragraph of a turn its own stamp, and separates turns by an empty line', async () => {
		const {lines} = layoutTranscript(small, 40);
		const paragraphStarts = lines.filter(line => line.kind === 'text' && line.stamp !== '').map(line => line.stamp);
		expect(paragraphStarts).toEqual(['00:00:20', '00:00:40']);
		const gaps = lines.filter(line => line.kind === 'gap');
		expect(gaps.map(line => line.bar)).toEqual([true, false, true, false]);
	});

	it('never makes a line wider than the text column, even for long words', async () => {
		const transcript = await parseText(`T\nA:\t00:00:01\n${'x'.repeat(100)} https://example.com/${'y'.repeat(60)} 漢字漢字漢字漢字漢字漢字漢字漢字漢字漢字`);
		for (const width of [30, 40, 80]) {
			const {lines} = layoutTranscript(transcript, width);
			for (const line of lines) expect(stringWidth(line.text)).toBeLessThanOrEqual(width - 11);
		}
	});

	it('wraps the whole bundled episode without losing a word', async () => {
		const seed = await loadSeed();
		const {lines} = layoutTranscript(seed, 80);
		const words = lines.filter(line => line.kind === 'text').flatMap(line => line.text.split(/\s+/).filter(Boolean));
		expect(words).toEqual(seed.paragraphs.flatMap(paragraph => paragraph.text.split(/\s+/)));
	});

	it('interpolates a time for each line inside its paragraph', async () => {
		const seed = await loadSeed();
		const {lines} = layoutTranscript(seed, 60);
		const times = lines.map(line => line.time);
		expect(times).toEqual([...times].sort((a, b) => a - b));
		expect(lines[0]!.time).toBe(11);
	});

	it('is computed once per text width, keeping only the last two widths', async () => {
		const first = layoutTranscript(small, 50);
		expect(layoutTranscript(small, 50)).toBe(first);
		expect(layoutTranscript(small, 51)).not.toBe(first);
		expect(layoutTranscript(small, 50)).toBe(first);
		layoutTranscript(small, 52);
		layoutTranscript(small, 53);
		expect(layoutTranscript(small, 50)).not.toBe(first);
	});

	it('widens the stamp column for transcripts of 100 hours and more', async () => {
		const long = await parseText('T\nA:\t99:00:00\nOne.\nB:\t100:00:01\nTwo.');
		const layout = layoutTranscript(long, 80);
		expect(layout.stampWidth).toBe(10);
		expect(layout.textWidth).toBe(80 - 12);
		expect(contentWidth(layout)).toBe(80);
		expect(layoutTranscript(small, 80).stampWidth).toBe(9);
	});

	it('keeps lines to a readable measure of 100 columns in wide terminals', async () => {
		const seed = await loadSeed();
		expect(layoutTranscript(seed, 250)).toBe(layoutTranscript(seed, 111));
		expect(layoutTranscript(seed, 250).textWidth).toBe(100);
		expect(Math.max(...layoutTranscript(seed, 250).lines.map(line => stringWidth(line.text)))).toBeLessThanOrEqual(100);
	});

	it('maps a line to the line holding the same words at another width', async () => {
		const seed = await loadSeed();
		const wide = layoutTranscript(seed, 160);
		const narrow = layoutTranscript(seed, 40);
		const longest = seed.paragraphs.reduce((a, b) => (b.text.length > a.text.length ? b : a));
		const top = wide.textStart[longest.id]! + 3;
		const anchor = anchorAt(wide, top);
		expect(anchor).toEqual({paragraph: longest.id, offset: wide.lines[top]!.offset});
		const line = narrow.lines[lineAtAnchor(narrow, anchor)]!;
		const following = narrow.lines[lineAtAnchor(narrow, anchor) + 1]!;
		expect(line.paragraph).toBe(longest.id);
		expect(line.offset).toBeLessThanOrEqual(wide.lines[top]!.offset);
		expect(following.offset).toBeGreaterThan(wide.lines[top]!.offset);
		expect(longest.text.slice(line.offset)).toMatch(new RegExp(`^${line.text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
	});

	it('maps name and gap lines to themselves', async () => {
		const seed = await loadSeed();
		const wide = layoutTranscript(seed, 160);
		const narrow = layoutTranscript(seed, 40);
		const nameLine = wide.turnStart[5]!;
		expect(narrow.lines[lineAtAnchor(narrow, anchorAt(wide, nameLine))]!.kind).toBe('name');
		expect(lineAtAnchor(narrow, anchorAt(wide, nameLine))).toBe(narrow.turnStart[5]);
		expect(lineAtAnchor(narrow, anchorAt(wide, nameLine - 1))).toBe(narrow.turnStart[5]! - 1);
	});
});
