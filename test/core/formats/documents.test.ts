import {describe, expect, it} from 'vitest';
import {parseTranscript} from '../../../source/core/formats/index.js';
import {parseFixture, summary} from '../../helpers/transcripts.js';

describe('Podcasting 2.0 HTML', () => {
	it('reads <cite>, <time> and <p>, with the page title, entities and line breaks', async () => {
		const transcript = await parseFixture('episode.html');
		expect(transcript.title).toBe('Harbour Stories – Episode 4');
		expect(summary(transcript)).toEqual([
			"Lena|0|Welcome to Harbour Stories. Today we're on the pier with Sam.",
			'Sam|42|Thanks, Lena. I’ve fished here for thirty years & more.',
			"Lena|3910|That's a long time.",
		]);
	});

	it('is untimed without <time>, and names a <time> it cannot read', async () => {
		expect((await parseTranscript('<cite>A:</cite><p>One.</p><cite>B:</cite><p>Two.</p>', {from: 'html'})).timed).toBe(false);
		const transcript = await parseTranscript('<cite>A:</cite><time>soon</time><p>One.</p><time>0:05</time><p>Two.</p>', {from: 'html'});
		expect(transcript.warnings).toEqual(["1 <time> not read as a time (first: 'soon')"]);
		expect(summary(transcript)).toEqual(['A|0|One.', 'A|5|Two.']);
	});
});

describe('Markdown', () => {
	it('reads `**Name:**` speakers and `[hh:mm:ss]` stamps in either order, and removes the markup', async () => {
		const transcript = await parseFixture('episode.md');
		expect(transcript.title).toBe('Night Shift, episode 9');
		expect(summary(transcript)).toEqual([
			'Priya Nair|2|Welcome to Night Shift. With me is Owen Hale.',
			'Priya Nair|31|Owen runs the late bus route, and has for ten years.',
			'Owen Hale|45|Eleven, actually. The 3*am crowd is the best crowd.',
			'Priya Nair|70|Tell me about the regulars.',
			"Owen Hale|90|There's a baker, a nurse & a drummer. Every night.",
		]);
	});

	it('reads Rev’s `Name (hh:mm:ss):` lines and `(hh:mm:ss):` stamps under a `# Title`, after YAML front matter', async () => {
		const transcript = await parseFixture('rev-front-matter.md');
		expect(transcript.title).toBe('Lighthouses: keepers, lamps & foghorns');
		expect(summary(transcript)).toEqual([
			'Ines Moreau|0|Nobody has kept a lighthouse by hand here for forty years.',
			'Host|9|Today my guest is Ines Moreau, who restores old lighthouse lamps.',
			'Host|31|This episode is brought to you by Tidewell. Go to tidewell.example to learn more.',
			'Ines Moreau|62|Thanks for having me.',
		]);
		// `## Transcript` over the whole of it divides nothing: chapters are found, not given.
		expect(transcript).not.toHaveProperty('chapters');
	});

	it('keeps bold text that is not a speaker', async () => {
		const transcript = await parseTranscript('**Ana:** [00:01] This is **very** important.\n\n**Not a name** in a sentence, [00:09] with a time.\n', {
			from: 'md',
		});
		// The second has no stamp of its own: its time is estimated from the words before it.
		expect(summary(transcript)).toEqual(['Ana|1|This is very important.', 'Ana|3|Not a name in a sentence, [00:09] with a time.']);
	});
});

describe('timed lines', () => {
	it('reads `HH:MM:SS text` lines, with lines without a time continuing the one before, under a title', async () => {
		const transcript = await parseFixture('timed-lines.txt');
		expect(transcript.title).toBe('Morning walk, raw notes');
		// A minute between two times is a pause: a new paragraph.
		expect(summary(transcript)).toEqual([
			'-|1|We start at the gate. The path goes up past the old mill, and on to the ridge. From there you can see the sea.',
			'-|75|Back down by noon.',
		]);
		expect(transcript.paragraphs[0]!.marks.map(mark => mark.start)).toEqual([4, 9]);
	});

	it.each([
		[
			'Whisper’s console output',
			'[00:00.000 --> 00:02.500]  The tide is out.\n[00:02.500 --> 00:05.000]  We walk to the rocks.\n',
			['-|0|The tide is out. We walk to the rocks.'],
		],
		[
			'`Name: [00:00:05] text` (Sonix)',
			'Ann Lee: [00:00:05] Hello there.\nBob Park: [00:00:09] Hi Ann.\nAnn Lee: [00:00:12] Shall we?\n',
			['Ann Lee|5|Hello there.', 'Bob Park|9|Hi Ann.', 'Ann Lee|12|Shall we?'],
		],
		['`Name (00:00:05): text`', 'Ann Lee (00:00:05): Hello there.\nBob Park (00:00:09): Hi Ann.\n', ['Ann Lee|5|Hello there.', 'Bob Park|9|Hi Ann.']],
	])('reads %s', async (_, text, expected) => {
		expect(summary(await parseTranscript(text))).toEqual(expected);
	});

	it('reads `[MM:SS] Name: text` lines as speaker turns', async () => {
		expect(summary(await parseFixture('bracketed-lines.txt'))).toEqual([
			'Dana Cruz|5|So the map was wrong.',
			'Eli Stone|9|Completely wrong.',
			'Dana Cruz|12|We followed it anyway.',
			'Eli Stone|3723|And here we are, an hour later.',
		]);
	});
});

describe('plain text', () => {
	it('reads `NAME:` speakers without times, as an untimed transcript', async () => {
		const transcript = await parseFixture('names.txt');
		expect(transcript.timed).toBe(false);
		expect(transcript.title).toBe('Kitchen table interview');
		expect(transcript.paragraphs.map(paragraph => paragraph.text)).toEqual([
			'Thanks for sitting down with me.',
			'Happy to. The coffee helps.',
			"Let's start with the bakery. It opened in 1998, right?",
			'Right. My mother ran it.',
			'Then I did.',
		]);
		expect(transcript.speakers.map(speaker => speaker.name)).toEqual(['HOST', 'GUEST']);
		expect(transcript.paragraphs.every(paragraph => !paragraph.stamped)).toBe(true);
	});

	it('estimates times from the words, in order, for positions only', async () => {
		const {paragraphs} = await parseFixture('names.txt');
		expect(paragraphs.map(paragraph => paragraph.start)).toEqual([0, 2, 4, 8, 10]);
	});

	it('does not take prose with a colon or two for a transcript', async () => {
		const notes = [
			'Meeting notes',
			'',
			'Note: the room changed.',
			'We discussed the budget at length.',
			'Everyone agreed.',
			'Action: book the hall.',
			'More discussion followed.',
		].join('\n');
		await expect(parseTranscript(notes)).rejects.toThrow('is not a transcript Parley can read');
	});
});

describe('Markdown as people write it', () => {
	it.each([
		[
			'timed lines with names under a heading',
			'# Interview notes\n\n[00:01] Ann Lee: hello\n[00:05] Bob Park: hi\n[00:09] Ann Lee: go',
			['Ann Lee|1|hello', 'Bob Park|5|hi', 'Ann Lee|9|go'],
		],
		['bold names on consecutive lines', '**Ann:** hello\n**Bob:** hi Ann\n**Ann:** bye', ['Ann|0|hello', 'Bob|1|hi Ann', 'Ann|2|bye']],
		['the stamp inside the bold name', '**[00:00:05] Ann:** hello there\n\n**[00:00:09] Bob:** hi', ['Ann|5|hello there', 'Bob|9|hi']],
		['the stamp in parentheses after the name', '**Ann** (00:00:05): hello there\n\n**Bob** (00:00:09): hi', ['Ann|5|hello there', 'Bob|9|hi']],
	])('reads %s', async (_, text, expected) => {
		expect(summary(await parseTranscript(text))).toEqual(expected);
	});

	it('does not take a wrapped line that starts with a time said for a stamp', async () => {
		const transcript = await parseTranscript(
			'**Ann Lee:** [00:00:01] We agreed to meet at\n10:30 on Monday, then left.\n\n**Bo:** [00:00:09] Right.\n\n**Ann Lee:** [00:00:12] Yes.',
		);
		expect(summary(transcript)).toEqual(['Ann Lee|1|We agreed to meet at 10:30 on Monday, then left.', 'Bo|9|Right.', 'Ann Lee|12|Yes.']);
	});

	it('knows a short transcript with the stamp after the name', async () => {
		expect(summary(await parseTranscript('**Ann Lee:** [00:00:01] Hello.\n\n**Bo Chen:** [00:00:04] Hi.'))).toEqual(['Ann Lee|1|Hello.', 'Bo Chen|4|Hi.']);
	});

	it('reads a paragraph of hostile inline markup quickly, and refuses more paragraphs than it can hold', async () => {
		const hostile = await parseTranscript(`**A:** [00:01] ${'_a'.repeat(64_000)}\n\n**B:** [00:02] ok`, {from: 'md'});
		expect(hostile.speakers.map(speaker => speaker.name)).toEqual(['A', 'B']);
		await expect(parseTranscript('**A:** x\n\n'.repeat(100_001), {from: 'md'})).rejects.toThrow('has more than 100,000 paragraphs');
	});
});

describe('HTML as people write it', () => {
	it('reads the speaker and time at the start of a paragraph, and keeps a <cite> inside the text as text', async () => {
		const html =
			'<p><cite>Ann:</cite> <time>0:00</time> Hello</p><p><cite>Bob:</cite> <time>0:05</time> As <cite>Origin of Species</cite> said, in <time>1859</time>.</p>';
		expect(summary(await parseTranscript(html))).toEqual(['Ann|0|Hello', 'Bob|5|As Origin of Species said, in 1859.']);
	});

	it('refuses more paragraphs than it can hold', async () => {
		await expect(parseTranscript('<p>x</p>'.repeat(100_001), {from: 'html'})).rejects.toThrow('has more than 100,000 paragraphs');
	});
});

describe('plain text as people write it', () => {
	it('takes a first line with a colon for the title when no one of that name speaks again', async () => {
		const transcript = await parseTranscript(
			'Interview: The Tide Pools\n\nANN LEE: Welcome to the pools.\n\nBOB PARK: Glad to be here.\n\nANN LEE: Let us begin.',
		);
		expect(transcript.title).toBe('Interview: The Tide Pools');
		expect(transcript.speakers.map(speaker => speaker.name)).toEqual(['ANN LEE', 'BOB PARK']);
	});

	it('reads numbered speakers (`Speaker 1:`), as transcription services write them', async () => {
		const transcript = await parseTranscript('Speaker 1: Hello there, welcome.\n\nSpeaker 2: Thanks for having me.\n\nSpeaker 1: Let us start.');
		expect(transcript.speakers.map(speaker => speaker.name)).toEqual(['Speaker 1', 'Speaker 2']);
	});
});

describe('Markdown dense with markup', () => {
	it('keeps a block dense with emphasis markers as plain text instead of lexing it', async () => {
		const transcript = await parseTranscript(`**A:** [00:01] ${'*a'.repeat(500)}\n\n**B:** [00:02] *fine* text`, {from: 'md'});
		expect(transcript.paragraphs.map(paragraph => paragraph.text.slice(0, 6))).toEqual(['*a*a*a', 'fine t']);
	});
});
