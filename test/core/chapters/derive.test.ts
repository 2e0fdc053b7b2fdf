import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {deriveChapters, type DerivedChapters} from '../../../source/core/chapters/derive.js';
import {isAdRead} from '../../../source/core/chapters/structure.js';
import {buildTranscript, type DraftParagraph} from '../../../source/core/model.js';
import {formatClock} from '../../../source/core/time.js';
import {BUNDLED_TOPICS, scoreBoundaries, TOLERANCE_SECONDS as NEAR} from '../../helpers/topics.js';
import {loadSeed, parseText, SMALL} from '../../helpers/transcripts.js';

const near = (a: number, b: number) => Math.abs(a - b) <= NEAR;

/** Entries that start at 0 and then later each time (or, when not `strictly`, no earlier). */
function expectOrdered(derived: DerivedChapters, strictly = true) {
	const starts = derived.entries.map(entry => entry.start);
	expect(starts[0]).toBe(0);
	for (const [index, start] of starts.entries()) {
		if (index === 0) continue;
		if (strictly) expect(start, `chapter ${index + 1} of ${starts.join(', ')}`).toBeGreaterThan(starts[index - 1]!);
		else expect(start).toBeGreaterThanOrEqual(starts[index - 1]!);
	}
}

const HOST = 'Mara Quinn';
const GUEST = 'Tobias Reed';

/** Two people on beekeeping, a sponsor read in the middle of it, then on sailing from paragraph `SWITCH`. */
const CONVERSATION: ReadonlyArray<readonly [string, string]> = [
	[HOST, 'Tobias, thanks for coming on. You keep bees on a rooftop in the middle of the city. How did beekeeping start for you?'],
	[
		GUEST,
		'My grandmother kept hives behind her barn, and every summer I helped her pull frames of honey. When I moved to the city I missed the smell of warm wax, so I bought a starter hive and a package of bees and put them on the roof of our building.',
	],
	[HOST, 'What does a new beekeeper get wrong in the first season?'],
	[
		GUEST,
		'Almost everyone opens the hive too often. Every inspection chills the brood and sets the colony back. The bees need to build comb, raise brood and store nectar, and a nervous beekeeper pulling frames every other day makes that harder. Once every week or ten days is plenty in spring.',
	],
	[HOST, 'And the queen? People talk about the queen as if the whole hive depends on her.'],
	[
		GUEST,
		'It does, in a way. The queen lays up to two thousand eggs a day at the peak of the season. When you inspect, you look for eggs and young larvae in the brood comb, because that tells you the queen was there recently. If the colony loses her, the workers raise a new queen from a young larva by feeding it royal jelly.',
	],
	[HOST, 'What about swarming? I saw a swarm hanging from a tree once and it looked terrifying.'],
	[
		GUEST,
		'A swarm is the gentlest the bees ever are. The old queen leaves with half the workers, their stomachs full of honey, and they hang in a cluster while scouts look for a new home. A beekeeper can shake the cluster into a box and start a second hive. To prevent swarms you give the colony room: add a honey super before the brood box gets crowded.',
	],
	[HOST, 'Mites come up constantly in beekeeping forums. How worried should people be?'],
	[
		GUEST,
		'Varroa mites are the biggest threat to honey bees. The mites feed on larvae and spread viruses through the colony. I count mites every month with a sugar roll, and when the count climbs I treat the hive with oxalic acid in late autumn, when there is little brood.',
	],
	[
		HOST,
		'This episode is sponsored by Brightloom, the meal kit made for busy weeknights. Sign up today at example.com and use promo code FIELD for a free trial and 50% off your first box. Brightloom: dinner, sorted. The link is in the show notes.',
	],
	[HOST, 'Back to the bees. How much honey does one hive give you?'],
	[
		GUEST,
		'A strong colony on our roof gives forty or fifty pounds of surplus honey in a good year. I harvest in late summer, uncap the frames with a hot knife and spin them in an extractor. The bees need enough honey to get through winter, so I never take frames from the brood box.',
	],
	[HOST, 'Does city honey taste different?'],
	[
		GUEST,
		'Very different. Rural honey often comes from clover or a single crop, but city bees forage on linden trees, street flowers and rooftop gardens, so the honey is darker and changes every month. The linden honey in June tastes almost like mint.',
	],
	[HOST, 'How do the neighbours feel about a hive on the roof?'],
	[
		GUEST,
		'I brought them jars of honey the first year, which helps. Bees forage far from the hive, often two miles away, so the neighbours rarely notice them. The only complaint came when a swarm landed on a balcony, and I collected it in ten minutes.',
	],
	[HOST, 'What do the bees do in winter?'],
	[
		GUEST,
		'They cluster around the queen and shiver their flight muscles to keep the middle of the cluster warm, eating the honey they stored all summer. I wrap the hive in insulation, narrow the entrance against mice, and make sure the hive is heavy with honey before the first frost.',
	],
	[HOST, 'Any advice for someone who wants their first hive next spring?'],
	[
		GUEST,
		'Take a beekeeping class over the winter, find a mentor in the local beekeepers association, and start with two hives rather than one, so you can compare the colonies and borrow a frame of brood if one loses its queen.',
	],
	[HOST, 'Let’s switch gears and talk about sailing. You also race a small sailboat on the bay. How did that start?'],
	[
		GUEST,
		'A friend needed crew for a Wednesday night race, and I said yes without knowing a jib from a mainsail. By the end of that summer I had bought an old sloop with a leaky hull, and I have been sailing her ever since.',
	],
	[HOST, 'What is the hardest thing to learn about sailing?'],
	[
		GUEST,
		'Reading the wind. You watch the water for dark patches where a gust is coming, you watch the telltales on the sails, and you feel the boat heel. Trimming the sails to the wind, easing the sheet when a gust hits, is most of what sailing is.',
	],
	[HOST, 'How does a sailboat actually sail upwind?'],
	[
		GUEST,
		'The sail works like a wing. Air flowing over the curved sail makes lift, and the keel under the boat resists sliding sideways, so the boat moves forward at an angle to the wind. You cannot sail straight into the wind, so you tack, zigzagging upwind at forty five degrees either side of it.',
	],
	[HOST, 'Tacking sounds like a lot of coordination on a small boat.'],
	[
		GUEST,
		'It is. The helmsman calls ready about and turns the bow through the wind, the crew releases the old jib sheet and hauls in the new one, and the boom swings across the cockpit. On a race boat a clean tack loses almost no speed.',
	],
	[HOST, 'What about racing tactics?'],
	[
		GUEST,
		'Sailboat racing is chess on moving water. At the start you want clean wind and the favoured end of the line. On the upwind leg you tack on the wind shifts, and on the downwind leg you fly the spinnaker and try to steal wind from the boats ahead by sailing into their wind shadow.',
	],
	[HOST, 'Has the weather ever scared you out there?'],
	[
		GUEST,
		'Once a squall came across the bay with forty knots of wind. We dropped the mainsail, sailed under a scrap of jib, and the boat heeled so far the rail was under water. Since then I reef early: when you first wonder about reefing the sails, reef.',
	],
	[HOST, 'How do you look after an old boat?'],
	[
		GUEST,
		'Every spring the boat comes out of the water. I sand and paint the hull, check the rigging and the shrouds for cracks, and replace the sheets and halyards every few seasons. A wooden tiller needs varnish every year.',
	],
	[HOST, 'Do you ever sail overnight?'],
	[
		GUEST,
		'We sailed the boat down the coast last August, two nights at sea. At night you steer by the compass and the stars, keep watch in shifts, and listen to the wind in the rigging. Dawn on a sailboat, with the sails full and the coast appearing, is worth every cold hour.',
	],
	[HOST, 'What would you tell someone who wants to start sailing?'],
	[
		GUEST,
		'Go to the yacht club on race night and ask to crew. Skippers always need crew, and you learn faster on a race boat than anywhere else. Learn your knots, a bowline and a cleat hitch, and get comfortable with the boat heeling in a breeze.',
	],
	[HOST, 'Tobias, thank you, this was a delight.'],
	[GUEST, 'Thank you for having me.'],
];

/** Seconds between paragraphs of the synthetic conversation. */
const STEP = 25;
const AD = CONVERSATION.findIndex(([, text]) => text.includes('promo code'));
const SWITCH = CONVERSATION.findIndex(([, text]) => text.includes('talk about sailing'));

/** The conversation in the bundled episode's format (`Name:<tab>00:00:25<tab>` then the words), or all said by one voice. */
function conversationText(monologue = false): string {
	const blocks = CONVERSATION.flatMap(([speaker, text], index) => [`${monologue ? GUEST : speaker}:\t${formatClock(index * STEP)}\t`, text]);
	return ['Bees and boats', ...blocks].join('\n');
}

/**
 * The conversation in Markdown, where the host reads the ad and goes back to the bees in one turn
 * under one stamp: the paragraph after the ad has no time of its own.
 */
function conversationMarkdown(): string {
	const blocks = CONVERSATION.map(([speaker, text], index) => (index === AD + 1 ? text : `**${speaker}:** [${formatClock(index * STEP)}] ${text}`));
	return ['# Bees and boats', ...blocks].join('\n\n');
}

const SPONSOR_READ =
	'This episode is brought to you by Northpaw, the pet insurance that pays vets directly. Go to northpaw.com and use promo code PARLEY to get 20% off your first year. Sign up today: it takes two minutes.';

describe('chapters found in the bundled episode', async () => {
	const seed = await loadSeed();
	const derived = deriveChapters(seed);

	it('finds most hand-labelled topic changes (recall ≥ 0.6), and most it finds are labelled (precision ≥ 0.6)', () => {
		const score = scoreBoundaries(derived.entries);
		expect(score.labelled).toBe(16);
		expect(
			score.found / score.labelled,
			`missed ${score.missed.map(chapter => `${formatClock(chapter.start)} ${chapter.title}`).join(', ')}`,
		).toBeGreaterThanOrEqual(0.6);
		expect(1 - score.spurious / score.derived).toBeGreaterThanOrEqual(0.6);
	});

	it('gives each sponsor read a chapter of its own', () => {
		const ads = BUNDLED_TOPICS.filter(chapter => chapter.title.startsWith('Ad:'));
		expect(ads).toHaveLength(2);
		for (const ad of ads) {
			expect(
				derived.entries.some(entry => near(entry.start, ad.start) && /^Ad: \S/.test(entry.title)),
				`an ad near ${formatClock(ad.start)}`,
			).toBe(true);
		}
	});

	it('calls the host’s opening the intro and the closing the outro', () => {
		expect(derived.method).toBe('topics');
		expect(derived.entries[0]).toEqual({start: 0, title: 'Introduction', paragraph: 0});
		expect(derived.entries.at(-1)!.title).toBe('Outro');
		expect(near(derived.entries.at(-1)!.start, BUNDLED_TOPICS.at(-1)!.start)).toBe(true);
		expectOrdered(derived);
	});

	it('titles every chapter differently, in a line of at most 60 characters', () => {
		const titles = derived.entries.map(entry => entry.title);
		expect(new Set(titles).size).toBe(titles.length);
		for (const title of titles) {
			expect(title.trim()).not.toBe('');
			expect(title.length).toBeLessThanOrEqual(60);
			expect(title).not.toMatch(/\n/);
		}
	});

	it('finds the same chapters every time', () => {
		expect(deriveChapters(seed)).toEqual(derived);
	});
});

describe('chapters of a transcript that says too little', () => {
	/** One chapter from 0, not found from topics (`Part 1`, or the whole episode). */
	function expectOneChapter(derived: DerivedChapters) {
		expect(derived.method).not.toBe('topics');
		expect(derived.entries).toHaveLength(1);
		expect(derived.entries[0]!.start).toBe(0);
		expect(derived.entries[0]!.title.trim()).not.toBe('');
		if (derived.method === 'even') expect(derived.entries[0]!.title).toBe('Part 1');
	}

	it('gives a short transcript one chapter', async () => {
		expectOneChapter(deriveChapters(await parseText(SMALL)));
	});

	it('cuts a long transcript with few words into equal parts', async () => {
		const text = [
			'A quiet hour',
			...Array.from({length: 31}, (_, index) => `${index % 2 ? 'Ann' : 'Bo'}:\t${formatClock(index * 60)}\t\nYeah. Mm-hmm, right.`),
		].join('\n');
		const quiet = await parseText(text);
		const derived = deriveChapters(quiet);
		expect(derived.method).toBe('even');
		expect(derived.entries.length).toBeGreaterThan(1);
		expect(derived.entries.map(entry => entry.title)).toEqual(derived.entries.map((_, index) => `Part ${index + 1}`));
		expectOrdered(derived);
		expect(derived.entries.at(-1)!.start).toBeLessThan(quiet.duration);
	});

	it('gives a transcript with no paragraphs one chapter at 0', () => {
		expectOneChapter(deriveChapters(buildTranscript('', [])));
	});
});

describe('chapters of a conversation', async () => {
	const transcript = await parseText(conversationText());
	const derived = deriveChapters(transcript);
	const switchAt = SWITCH * STEP;
	const adAt = AD * STEP;

	it('reads the synthetic conversation as intended', () => {
		expect(transcript.speakers.map(speaker => speaker.name)).toEqual([HOST, GUEST]);
		expect(transcript.paragraphs).toHaveLength(CONVERSATION.length);
		expect(transcript.paragraphs[SWITCH]!.start).toBe(switchAt);
	});

	it('starts a chapter where the topic changes', () => {
		expect(derived.method).toBe('topics');
		expectOrdered(derived);
		expect(derived.entries.some(entry => near(entry.start, switchAt))).toBe(true);
	});

	it('gives the sponsor read a chapter of its own, named after the sponsor', () => {
		const ad = derived.entries.find(entry => entry.title.startsWith('Ad'));
		expect(ad).toBeDefined();
		expect(ad!.start).toBe(adAt);
		expect(ad!.title).toBe('Ad: Brightloom');
		// The conversation goes on after the ad.
		expect(derived.entries.some(entry => entry.start === adAt + STEP)).toBe(true);
	});

	it('titles chapters by what they are about', () => {
		const before = derived.entries.filter(entry => entry.start < switchAt - NEAR && !entry.title.startsWith('Ad'));
		const after = derived.entries.filter(entry => entry.start >= switchAt - NEAR);
		expect(before.length).toBeGreaterThan(0);
		expect(after.length).toBeGreaterThan(0);
		expect(
			before.some(entry => /bee|hive|honey/i.test(entry.title)),
			before.map(entry => entry.title).join(' | '),
		).toBe(true);
		expect(
			after.some(entry => /sail|boat|wind/i.test(entry.title)),
			after.map(entry => entry.title).join(' | '),
		).toBe(true);
		const titles = derived.entries.map(entry => entry.title);
		expect(new Set(titles).size).toBe(titles.length);
	});

	it('finds topics in a monologue too, where nobody is the host', async () => {
		const monologue = await parseText(conversationText(true));
		expect(monologue.speakers).toHaveLength(1);
		const chapters = deriveChapters(monologue);
		expect(chapters.method).toBe('topics');
		expectOrdered(chapters);
		expect(chapters.entries.some(entry => near(entry.start, switchAt))).toBe(true);
		expect(chapters.entries.some(entry => entry.start === adAt && entry.title.startsWith('Ad'))).toBe(true);
		expect(chapters.entries.some(entry => entry.start >= switchAt - NEAR && /sail|boat|wind/i.test(entry.title))).toBe(true);
	});

	it('never starts two chapters at one time, even when the words after an ad have no time of their own', async () => {
		const markdown = await parseText(conversationMarkdown());
		// The question after the ad has no stamp: its time is estimated from the words after the host's stamp.
		expect(markdown.paragraphs[AD]!.start).toBe(adAt);
		expect(markdown.paragraphs[AD + 1]!.start).toBeGreaterThan(adAt);
		expect(markdown.paragraphs[AD + 1]!.stamped).toBe(false);
		const chapters = deriveChapters(markdown);
		expect(chapters.entries.some(entry => entry.title.startsWith('Ad'))).toBe(true);
		expectOrdered(chapters);
	});
});

const WORDS = [
	'hive',
	'honey',
	'queen',
	'sail',
	'boat',
	'wind',
	'the',
	'and',
	'yeah',
	'Kepler',
	'orbit',
	'telescope',
	'bread',
	'yeast',
	'oven',
	'really',
	'know',
	'?',
	'promo code',
	'free trial',
	'example.com',
	'sponsored',
];

const drafts = fc.array(
	fc.record({
		speaker: fc.constantFrom('Ann', 'Bo', undefined),
		gap: fc.oneof(fc.constant(0), fc.integer({min: 1, max: 240})),
		text: fc.array(fc.constantFrom(...WORDS), {minLength: 1, maxLength: 40, size: 'max'}).map(words => words.join(' ')),
	}),
	{maxLength: 80, size: 'max'},
);

function transcriptOf(paragraphs: ReadonlyArray<{speaker: string | undefined; gap: number; text: string}>, timed: boolean) {
	let start = 0;
	const list: DraftParagraph[] = paragraphs.map(({speaker, gap, text}) => {
		start += gap;
		return {speaker, start, stamped: gap > 0, text};
	});
	return buildTranscript('Random', list, {timed});
}

describe('deriveChapters on any transcript', () => {
	// Paragraphs may share a start here (gap 0), so two chapters may too: the test above is about that.
	it('never throws, and gives chapters from 0, in order, within the transcript', () => {
		fc.assert(
			fc.property(drafts, fc.boolean(), (paragraphs, timed) => {
				const transcript = transcriptOf(paragraphs, timed);
				const derived = deriveChapters(transcript);
				expect(derived.entries.length).toBeGreaterThan(0);
				expectOrdered(derived, false);
				for (const entry of derived.entries) expect(entry.start).toBeLessThanOrEqual(transcript.duration);
				if (derived.method === 'even') expect(derived.entries.map(entry => entry.title)).toEqual(derived.entries.map((_, index) => `Part ${index + 1}`));
			}),
			{numRuns: 200},
		);
	});
});

describe('isAdRead', () => {
	it('knows a sponsor read', () => {
		expect(isAdRead(SPONSOR_READ)).toBe(true);
		expect(isAdRead(CONVERSATION[AD]![1])).toBe(true);
	});

	it('does not take a paragraph that mentions a website for an ad', () => {
		expect(isAdRead('I put all the slides from the talk on my website, janedoe.com, so anyone who wants the details can read them there.')).toBe(false);
		expect(isAdRead(CONVERSATION[1]![1])).toBe(false);
	});

	it('does not take “of course” for a course, nor any “join” for a call to join', () => {
		// A guest's answer: one website, and the words "of course" and "join the".
		expect(isAdRead('Of course! Anyone can join the reading group; the papers we read are listed on mlcollective.org.')).toBe(false);
	});
});
