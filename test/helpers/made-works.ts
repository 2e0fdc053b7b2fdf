/** Works made by hand on the bundled episode, so that sidebar tests do not follow changes to the rules that find them. */
import type {Mention, References, Work, WorkKind} from '../../source/core/mentions/work.js';
import {timeAt, type Transcript} from '../../source/core/model.js';

/** Mentions of `phrase` in paragraph `paragraph`: the `nth` (from 0) or all of them. */
export function said(transcript: Transcript, paragraph: number, phrase: string, {indirect = false, nth}: {indirect?: boolean; nth?: number} = {}): Mention[] {
	const {text} = transcript.paragraphs[paragraph]!;
	const mentions: Mention[] = [];
	for (let start = text.indexOf(phrase); start >= 0; start = text.indexOf(phrase, start + 1)) {
		mentions.push({paragraph, start, end: start + phrase.length, time: timeAt(transcript.paragraphs[paragraph]!, start), indirect});
	}

	if (mentions.length === 0) throw new Error(`'${phrase}' is not in paragraph ${paragraph}`);
	return nth === undefined ? mentions : [mentions[nth]!];
}

export function work(title: string, kind: WorkKind, mentions: Mention[], extra: Partial<Work> = {}): Work {
	return {title, kind, aliases: [], mentions: mentions.sort((a, b) => a.paragraph - b.paragraph || a.start - b.start), origin: 'found', ...extra};
}

/**
 * Seven works of the bundled episode, in order of first mention. In the sidebar (by kind): 0 I Am
 * a Strange Loop, 1 Turtles All the Way Down (books); 2 Intrinsic Dimension, 3 Beyond the
 * Imitation Game, 4 Attention Is All You Need (papers; the last added with a time only); 5 An
 * Essay Never Said (an essay without mentions); 6 BIG-bench (benchmarks).
 */
export function madeWorks(seed: Transcript, warnings: string[] = []): References {
	const works = [
		work('Intrinsic Dimension', 'paper', [
			...said(seed, 43, 'Intrinsic Dimension'),
			...said(seed, 43, 'that paper', {indirect: true}),
			...said(seed, 45, 'Intrinsic Dimension'),
			...said(seed, 57, 'Intrinsic Dimension'),
			...said(seed, 58, 'Intrinsic Dimension'),
		]),
		work('Beyond the Imitation Game', 'paper', said(seed, 77, 'Beyond the Imitation Game'), {author: 'Srivastava et al.', year: 2022}),
		work('BIG-bench', 'benchmark', said(seed, 78, 'BIG-bench')),
		work('Attention Is All You Need', 'paper', [{paragraph: 93, start: 0, end: 0, time: 2500, indirect: false}], {origin: 'added'}),
		work('I Am a Strange Loop', 'book', [...said(seed, 150, 'I Am a Strange Loop'), ...said(seed, 150, 'that book', {indirect: true})], {
			author: 'Douglas Hofstadter',
		}),
		work('Turtles All the Way Down', 'book', said(seed, 150, 'Turtles All the Way Down'), {author: 'John Green'}),
		work('An Essay Never Said', 'essay', [], {origin: 'added'}),
	];
	return {works, warnings};
}
