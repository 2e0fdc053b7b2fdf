/*
 * A made-up podcast archive for the library's bench: episodes of about 85 KB of words each, in
 * the shapes public archives have: Talk Python's timed lines with a WebVTT twin (`ep.txt` and
 * `ep.vtt`, one episode), Whisper captions (Lexicap: short cues, no speakers), WebVTT with `<v>`
 * speakers, and The Changelog's Markdown with sparse escaped stamps (`**Name:** \[04:09\]`).
 * Words follow Zipf's law over a vocabulary of made-up words, so that their trigrams are as
 * unevenly common as a language's. Deterministic for a given seed.
 */
import {mkdirSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {formatClock, formatCueTime} from '../../source/core/time.js';
import {between, pick, random, type Random} from './synthetic.js';

const WORDS_PER_SECOND = 2.6;
/** About 85 KB an episode, on average over the shapes (~8,000 words, 50 minutes). */
const WORDS_AN_EPISODE = 8000;
const FUNCTION_WORDS =
	'the of and to a in is it you that he was for on are with as I his they be at one have this from or had by but what some we can out other were all there when up use your how said an each she which do their time if will way about many then them would so like just really know think'.split(
		' ',
	);
const SYLLABLES = 'ka ro mi ta ne su lo ve pa ri do ga fe ni tu ba sol mar ten dor lin vash quen trel bis gor pel zan hum dri cal ost ung emb ith'.split(' ');
const SPEAKERS = ['Maya Okafor', 'Daniel Reyes', 'Priya Natarajan', 'Tomas Lind', 'Ana Souza'];
const VOCABULARY_SIZE = 20_000;

/** Function words first, then made-up words of two to four syllables, most common first. */
function vocabulary(): string[] {
	const next = random(7);
	const made = new Set<string>();
	while (made.size < VOCABULARY_SIZE) made.add(Array.from({length: between(next, 2, 4)}, () => pick(next, SYLLABLES)).join(''));
	return [...FUNCTION_WORDS, ...made];
}

const WORDS = vocabulary();
/** Zipf's law: the word of rank r is said in proportion to 1/r. */
const CUMULATIVE = (() => {
	let sum = 0;
	return WORDS.map((_, rank) => (sum += 1 / (rank + 1)));
})();

function word(next: Random): string {
	const target = next() * CUMULATIVE.at(-1)!;
	let low = 0;
	let high = CUMULATIVE.length - 1;
	while (low < high) {
		const middle = (low + high) >> 1;
		if (CUMULATIVE[middle]! < target) low = middle + 1;
		else high = middle;
	}

	return WORDS[low]!;
}

function sentence(next: Random): string {
	const text = Array.from({length: between(next, 5, 22)}, () => word(next)).join(' ');
	return `${text[0]!.toUpperCase()}${text.slice(1)}${pick(next, ['.', '.', '.', '?'])}`;
}

type Turn = {readonly speaker: string; readonly start: number; readonly sentences: readonly string[]};

function conversation(next: Random): Turn[] {
	const speakers = SPEAKERS.slice(0, between(next, 2, 3));
	const turns: Turn[] = [];
	let words = 0;
	let seconds = 0;
	while (words < WORDS_AN_EPISODE) {
		const sentences = Array.from({length: between(next, 1, 8)}, () => sentence(next));
		const count = sentences.join(' ').split(' ').length;
		turns.push({speaker: speakers[turns.length % speakers.length]!, start: seconds, sentences});
		words += count;
		seconds += count / WORDS_PER_SECOND;
	}

	return turns;
}

/** Lines of about `width` characters, each with the time its words start at. */
function timedLines(turns: readonly Turn[], width: number): Array<{start: number; end: number; text: string; speaker: string}> {
	const lines: Array<{start: number; end: number; text: string; speaker: string}> = [];
	for (const turn of turns) {
		let seconds = turn.start;
		let line: string[] = [];
		const flush = () => {
			const text = line.join(' ');
			const end = seconds + line.length / WORDS_PER_SECOND;
			lines.push({start: seconds, end, text, speaker: turn.speaker});
			seconds = end;
			line = [];
		};

		for (const token of turn.sentences.join(' ').split(' ')) {
			line.push(token);
			if (line.join(' ').length >= width) flush();
		}

		if (line.length > 0) flush();
	}

	return lines;
}

const cue = (start: number, end: number) => `${formatCueTime(start)} --> ${formatCueTime(end)}`;

function talkPythonText(turns: readonly Turn[]): string {
	return `${timedLines(turns, 90)
		.map(line => `${formatClock(line.start)} ${line.text}`)
		.join('\n\n')}\n`;
}

function plainVtt(turns: readonly Turn[], width: number): string {
	return `WEBVTT\n\n${timedLines(turns, width)
		.map(line => `${cue(line.start, line.end)}\n${line.text}`)
		.join('\n\n')}\n`;
}

function speakersVtt(turns: readonly Turn[]): string {
	return `WEBVTT\n\n${timedLines(turns, 80)
		.map(line => `${cue(line.start, line.end)}\n<v ${line.speaker}>${line.text}`)
		.join('\n\n')}\n`;
}

/** `\[mm:ss\]`, minutes past 59 without hours, as The Changelog writes them. */
const changelogStamp = (seconds: number) => `\\[${Math.floor(seconds / 60)}:${String(Math.floor(seconds % 60)).padStart(2, '0')}\\]`;

function changelogMarkdown(turns: readonly Turn[], next: Random): string {
	return `${turns
		.map(turn => {
			// About one turn in four carries a stamp.
			const stamp = next() < 0.25 ? `${changelogStamp(turn.start)} ` : '';
			return `**${turn.speaker}:** ${stamp}${turn.sentences.join(' ')}`;
		})
		.join('\n\n')}\n`;
}

export type ArchiveEpisode = {readonly files: readonly string[]; readonly turns: readonly Turn[]};

/** Writes `count` episodes under `folder` (in sub-folders by show); returns each episode's files and words. */
export function writeArchive(folder: string, count: number, seed = 1): ArchiveEpisode[] {
	const next = random(seed);
	const episodes: ArchiveEpisode[] = [];
	for (let number = 1; number <= count; number++) {
		const turns = conversation(next);
		const shape = number % 4;
		const show = ['talk-python', 'lexicap', 'interviews', 'changelog'][shape]!;
		const name = join(show, `${String(number).padStart(4, '0')}-episode`);
		const files: Array<[string, string]> =
			shape === 0
				? [
						[`${name}.txt`, talkPythonText(turns)],
						[`${name}.vtt`, plainVtt(turns, 90)],
					]
				: shape === 1
					? [[`${name}.vtt`, plainVtt(turns, 45)]]
					: shape === 2
						? [[`${name}.vtt`, speakersVtt(turns)]]
						: [[`${name}.md`, changelogMarkdown(turns, next)]];
		mkdirSync(join(folder, show), {recursive: true});
		for (const [path, text] of files) writeFileSync(join(folder, path), text);
		episodes.push({files: files.map(([path]) => path), turns});
	}

	return episodes;
}
