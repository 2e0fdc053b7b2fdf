import {describe, expect, it} from 'vitest';
import {deriveChapters, INTRODUCTION, OUTRO} from '../../../source/core/chapters/derive.js';
import {frameOf, isAdRead} from '../../../source/core/chapters/structure.js';
import {buildTranscript, type DraftParagraph} from '../../../source/core/model.js';
import {formatClock} from '../../../source/core/time.js';
import {parseText} from '../../helpers/transcripts.js';
import {TOPIC_COUNT, TOPIC_GUEST, TOPIC_HOST, TOPIC_SECONDS, timedTopics} from '../../fixtures/chapters/topics.js';

/** The topics conversation with `before` said first and `after` said last, each a paragraph of the host's, 25 s apart. */
async function framed(before: readonly string[], after: readonly string[] = []) {
	const topics = await parseText(timedTopics());
	const step = 25;
	const shift = before.length * step;
	const speakerOf = (turn: number) => topics.speakers[topics.turns[turn]!.speaker!]!.name;
	const drafts: DraftParagraph[] = [
		...before.map((text, index) => ({speaker: TOPIC_HOST, start: index * step, stamped: true, text})),
		...topics.paragraphs.map(paragraph => ({speaker: speakerOf(paragraph.turn), start: paragraph.start + shift, stamped: true, text: paragraph.text})),
		...after.map((text, index) => ({speaker: TOPIC_HOST, start: topics.duration + shift + step * (index + 1), stamped: true, text})),
	];
	return buildTranscript('Framed', drafts);
}

const COLD_OPEN = 'The queen lays two thousand eggs a day, and the hive lives or dies by her.';
const INTRO = 'Today my guest is Oren Vale, who keeps bees, sails a small boat, bakes bread, watches the stars, plays chess and grows tomatoes.';
const OPENING_AD = 'This show is brought to you by Lumenfold, the desk lamp that follows the sun. Go to lumenfold.example and use code HOBBY for 20% off.';

describe('the opening', () => {
	it('ends where the host says “And now, here’s my conversation with …”: one Introduction chapter, its ads inside it', async () => {
		const transcript = await framed([COLD_OPEN, INTRO, OPENING_AD, 'And now, here’s my conversation with Oren Vale.']);
		expect(frameOf(transcript).conversation).toBe(3);
		const {entries} = deriveChapters(transcript);
		expect(entries[0]).toEqual({start: 0, title: INTRODUCTION, paragraph: 0});
		expect(entries[1]!.paragraph).toBe(3);
		expect(entries.some(entry => entry.title.startsWith('Ad'))).toBe(false);
	});

	it('ends at the host’s welcome (“thank you so much for being here”)', async () => {
		expect(frameOf(await framed([COLD_OPEN, INTRO, OPENING_AD, 'Oren, thank you so much for being here and welcome to the podcast.'])).conversation).toBe(3);
	});

	it('ends, without a welcome, where the guest first speaks to the host after a long intro (“Hi, Nadia.”)', async () => {
		const opening = [COLD_OPEN, INTRO, OPENING_AD, OPENING_AD].map((text, index) => ({speaker: TOPIC_HOST, start: index * 25, stamped: true, text}));
		const greeting = {speaker: TOPIC_GUEST, start: 100, stamped: true, text: 'Hi, Nadia. Glad to be here.'};
		const rest = (await framed([])).paragraphs.map(paragraph => ({
			speaker: paragraph.turn % 2 ? TOPIC_GUEST : TOPIC_HOST,
			start: paragraph.start + 125,
			stamped: true,
			text: paragraph.text,
		}));
		expect(frameOf(buildTranscript('Greeted', [...opening, greeting, ...rest])).conversation).toBe(4);
	});

	it('is nothing when the conversation starts at once', async () => {
		const transcript = await parseText(timedTopics());
		expect(frameOf(transcript).conversation).toBe(0);
		expect(deriveChapters(transcript).entries[0]!.title).not.toBe(INTRODUCTION);
	});
});

describe('the outro', () => {
	it('starts where the host thanks the listeners', async () => {
		const transcript = await framed(
			[],
			[
				'Thanks for listening to this conversation with Oren Vale.',
				'Find us wherever you listen, and tell a friend about the show.',
				'See you next week. Goodbye for now.',
			],
		);
		const outro = transcript.paragraphs.length - 3;
		expect(frameOf(transcript).outro).toBe(outro);
		expect(deriveChapters(transcript).entries.at(-1)).toMatchObject({title: OUTRO, paragraph: outro});
	});
});

describe('sponsor reads', () => {
	it.each([
		[
			'“This episode is brought to you by”',
			'This episode is brought to you by Northpaw, the pet insurance that pays vets directly. Sign up at northpaw.example.',
		],
		['“This portion of … is sponsored by”', 'This portion of Hobby Hour is sponsored by Northpaw. Get your first month free at northpaw.example/hobby.'],
		['“brought to you by us”', 'This episode is brought to you by us over at Hobby Hour Courses: check out the new course on bread.'],
		['“Our sponsor today is”', 'Our sponsor today is Northpaw. Use promo code HOBBY for a discount.'],
		['“Today we are sponsored by”', 'Today we are sponsored by two companies, and you can try both free for a month.'],
		['“Support for the show comes from”', 'Support for the show comes from Northpaw. Start a free trial at northpaw.example.'],
		['“Let me tell you about”', 'Let me tell you about Northpaw. Head to northpaw.example and start a free trial today.'],
	])('knows a read that opens with %s', (_name, text) => {
		expect(isAdRead(text)).toBe(true);
	});

	it('does not take a mention of a sponsor in the conversation for a read', () => {
		expect(isAdRead('I do not think this show will ever be sponsored by a mattress company, to be honest.')).toBe(false);
		expect(isAdRead('Our sponsor for the club trip was the town council, which paid for the bus.')).toBe(false);
	});

	it('gives a read inside the conversation an Ad chapter named after the sponsor, and the conversation goes on after it', async () => {
		const topics = await parseText(timedTopics());
		const speakerOf = (turn: number) => topics.speakers[topics.turns[turn]!.speaker!]!.name;
		const at = 30; // in the middle of the second topic
		const read = 'This portion of Hobby Hour is brought to you by Northpaw. Northpaw pays the vet directly. Go to northpaw.example/hobby for a free month.';
		const drafts = topics.paragraphs.flatMap((paragraph, index): DraftParagraph[] => {
			const start = paragraph.start + (index > at ? 25 : 0);
			const said = {speaker: speakerOf(paragraph.turn), start, stamped: true, text: paragraph.text};
			return index === at ? [said, {speaker: TOPIC_HOST, start: start + 25, stamped: true, text: read}] : [said];
		});
		const transcript = buildTranscript('With an ad', drafts);
		const {entries} = deriveChapters(transcript);
		const ad = entries.findIndex(entry => entry.title.startsWith('Ad'));
		expect(entries[ad]).toMatchObject({title: 'Ad: Northpaw', paragraph: at + 1});
		expect(entries[ad + 1]!.paragraph).toBe(at + 2);
	});
});

describe('granularity', () => {
	it('gives a conversation about six topics, ten minutes each, one chapter a topic, each starting where its topic does', async () => {
		const transcript = await parseText(timedTopics());
		const {entries} = deriveChapters(transcript);
		expect(entries.map(entry => formatClock(entry.start))).toEqual(Array.from({length: TOPIC_COUNT}, (_, topic) => formatClock(topic * TOPIC_SECONDS)));
	});

	it('never gives more than one chapter per five minutes, however the words change', async () => {
		const transcript = await parseText(timedTopics());
		// Every paragraph on a new subject: no topic lasts, so nothing but the cap limits the chapters.
		const scattered = buildTranscript(
			'Scattered',
			transcript.paragraphs.map((paragraph, index) => ({
				speaker: TOPIC_HOST,
				start: paragraph.start,
				stamped: true,
				text: `${paragraph.text} Subject${index} word${index} thing${index}.`.repeat(2),
			})),
		);
		expect(deriveChapters(scattered).entries.length).toBeLessThanOrEqual(transcript.duration / 300);
	});
});
