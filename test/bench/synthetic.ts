/*
 * A made-up episode in the bundled episode's format, as long as asked for: a title line, then
 * `Name:<TAB>HH:MM:SS<TAB>` turn headers and bare `HH:MM:SS<TAB>` paragraph stamps, each followed
 * by one line of text. Deterministic for a given seed.
 */

import {formatClock} from '../../source/core/time.js';

const WORDS_PER_MINUTE = 150;
const SPEAKERS = ['Maya Okafor', 'Daniel Reyes', 'Priya Natarajan'];
// Mostly short common words, some long ones, so the mean length is close to English prose (~4.7).
const VOCABULARY = (
	'the of and to a in is it you that he was for on are with as I his they be at one have this from or had by ' +
	'but what some we can out other were all there when up use your how said an each she which do their time if ' +
	'will way about many then them would write like so these her long make thing see him two has look more day ' +
	'could go come did number sound no most people my over know water than call first who may down side been now ' +
	'find model data research training question really actually probably interesting important problem network ' +
	'experiment different understanding representation infrastructure reproducibility generalization ' +
	'collaboration measurement intuition parameters architecture community conference dimension'
).split(' ');

/** mulberry32: small, fast, and good enough to make text that does not repeat visibly. */
export function random(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
	};
}

export type Random = () => number;

export const between = (next: Random, low: number, high: number) => low + Math.floor(next() * (high - low + 1));
export const pick = <T>(next: Random, items: readonly T[]): T => items[Math.floor(next() * items.length)]!;

function sentence(next: Random): string {
	const words = Array.from({length: between(next, 4, 24)}, () => pick(next, VOCABULARY));
	const text = words.join(' ');
	return text[0]!.toUpperCase() + text.slice(1) + pick(next, ['.', '.', '.', '?', '!']);
}

function paragraph(next: Random, sentences: number): string {
	return Array.from({length: sentences}, () => sentence(next)).join(' ');
}

export function syntheticTranscript(hours: number, seed = 1): string {
	const next = random(seed);
	const speakers = SPEAKERS.slice(0, between(next, 2, 3));
	const lines = [`Synthetic episode ${seed}: ${hours} hours of ${speakers.join(', ')}`];
	let seconds = 0;
	let speaker = '';
	while (seconds < hours * 3600) {
		const changes = speaker === '' || next() < 0.8;
		if (changes)
			speaker = pick(
				next,
				speakers.filter(name => name !== speaker),
			);
		// One paragraph in twenty is a monologue of 300+ words.
		const text = next() < 0.05 ? paragraph(next, between(next, 25, 40)) : paragraph(next, between(next, 1, 6));
		lines.push(changes ? `${speaker}:\t${formatClock(seconds)}\t` : `${formatClock(seconds)}\t`, text);
		seconds += (text.split(' ').length / WORDS_PER_MINUTE) * 60;
	}

	return `${lines.join('\n')}\n`;
}
