import {describe, expect, it} from 'vitest';
import {deriveChapters} from '../../../source/core/chapters/derive.js';
import {contentWords, titleFor} from '../../../source/core/chapters/titles.js';
import {parseText} from '../../helpers/transcripts.js';
import {timedTopics} from '../../fixtures/chapters/topics.js';

/** Two chapters of made-up paragraphs: the first about sourdough, with a friend named in passing; the second about kites. */
const SOURDOUGH = [
	'My sourdough starter lives in a jar on the counter, and I feed the sourdough starter flour every morning.',
	'Jeff Morgan gave me the sourdough starter years ago. It is much harder to kill than people think.',
	'A lively sourdough starter doubles in a few hours; a sluggish one is much harder to bake with.',
	'When the sourdough starter smells sour and sharp, it is hungry and wants fresh flour and water.',
	'Bakers keep the sourdough starter in the fridge between bakes, and Jeff Morgan keeps his in a crock.',
	'The loaf rises on the strength of the sourdough starter alone, with no packet yeast at all.',
];
const KITES = [
	'A kite flies because the wind pushes on the sail and the line holds it at an angle.',
	'Stunt kites have two lines, so the flyer can loop the kite and dive it at the sand.',
	'On the beach the wind is steady, which is why kite festivals happen by the sea.',
	'A box kite is stable in strong wind, while a delta kite lifts in the lightest breeze.',
];

describe('chapter titles', () => {
	const paragraphs = [...SOURDOUGH, ...KITES];
	const words = paragraphs.map(text => contentWords(text, []));
	const starts = [0, SOURDOUGH.length];

	it('name the phrase that covers the chapter, not a person named in passing nor a describing word', () => {
		const title = titleFor(words, 0, SOURDOUGH.length, starts, false, new Set());
		expect(title).toMatch(/^Sourdough starter\b/);
		expect(title).not.toMatch(/Jeff|Morgan|harder/);
	});

	it('name another chapter by its own topic, and never reuse an earlier title', () => {
		const used = new Set<string>();
		const first = titleFor(words, 0, SOURDOUGH.length, starts, false, used);
		const second = titleFor(words, SOURDOUGH.length, paragraphs.length, starts, false, used);
		expect(second).toMatch(/kite/i);
		expect(second).not.toBe(first);
	});

	it('prefer what the first paragraph names, of two phrases said as often', () => {
		const market = 'Can we talk about the night market? It opens when the shops close.';
		const both = ['The night market sells steamed dumplings in bamboo baskets.', 'People queue an hour at the night market for steamed dumplings.'];
		const dumplings = 'Steamed dumplings are folded by hand, twelve pleats each.';
		const title = (chapter: readonly string[]) => {
			const words = chapter.map(text => contentWords(text, []));
			return titleFor(words, 0, words.length, [0], false, new Set());
		};
		expect(title([market, ...both, dumplings])).toMatch(/^Night market\b/);
		expect(title([dumplings, ...both, market])).toMatch(/^Steamed dumplings\b/);
	});

	it('prefer what the first paragraph turns the conversation to (“let me ask you about …”)', () => {
		const both = ['The night market sells steamed dumplings in bamboo baskets.', 'People queue an hour at the night market for steamed dumplings.'];
		const title = (opening: string) => {
			const words = [opening, ...both].map(text => contentWords(text, []));
			return titleFor(words, 0, words.length, [0], false, new Set());
		};
		expect(title('Steamed dumplings are lovely, but let me ask you about the night market.')).toMatch(/^Night market\b/);
		expect(title('The night market is lovely, but let me ask you about the steamed dumplings.')).toMatch(/^Steamed dumplings\b/);
	});

	it('name each topic of a longer conversation by a noun of its own', async () => {
		const titles = deriveChapters(await parseText(timedTopics())).entries.map(entry => entry.title);
		const topics = [
			/bee|hive|queen|honey/i,
			/boat|wind|sail/i,
			/dough|oven|bread|loaf/i,
			/telescope|star|galax/i,
			/player|game|chess/i,
			/soil|garden|compost/i,
		];
		expect(titles).toHaveLength(topics.length);
		for (const [index, topic] of topics.entries()) expect(titles[index], titles.join(' | ')).toMatch(topic);
	});
});
