/*
 * What search looks through: sentence-sized pieces of the transcript. Whole turns are slow to
 * search and rank poorly; sentences are what people remember. Very short sentences ("Yeah.") join
 * the next one, very long ones are cut at a space. A remembered quote often runs across a full
 * stop ("Tickets, please." Cleopatra hands him…), so each unit is two neighbouring pieces.
 */
import type {Transcript} from '../model.js';

export type SearchUnit = {
	readonly paragraph: number;
	/** Where the unit starts in its paragraph's text. */
	readonly offset: number;
	readonly text: string;
};

const SHORTEST = 40;
const LONGEST = 300;

/** Made at first use: making one loads ICU's sentence rules (~15 ms), which start-up need not pay. */
let sentences: Intl.Segmenter | undefined;

type Piece = {offset: number; text: string};

function joinShort(pieces: readonly Piece[]): Piece[] {
	const joined: Piece[] = [];
	let pending: Piece | undefined;
	for (const piece of pieces) {
		pending = pending ? {offset: pending.offset, text: pending.text + piece.text} : {...piece};
		if (pending.text.trim().length >= SHORTEST) {
			joined.push(pending);
			pending = undefined;
		}
	}

	if (pending) {
		const last = joined.pop();
		joined.push(last ? {offset: last.offset, text: last.text + pending.text} : pending);
	}

	return joined;
}

function cutLong(piece: Piece): Piece[] {
	const pieces: Piece[] = [];
	let {offset, text} = piece;
	while (text.length > LONGEST) {
		const cut = text.lastIndexOf(' ', LONGEST);
		const at = cut > SHORTEST ? cut + 1 : LONGEST;
		pieces.push({offset, text: text.slice(0, at)});
		offset += at;
		text = text.slice(at);
	}

	pieces.push({offset, text});
	return pieces;
}

/** Each piece with the one after it; a lone piece alone. */
function pairs(pieces: readonly Piece[]): Piece[] {
	if (pieces.length < 2) return [...pieces];
	return pieces.slice(0, -1).map((piece, index) => ({offset: piece.offset, text: piece.text + pieces[index + 1]!.text}));
}

/** The search units of one paragraph, in reading order. */
export function paragraphUnits(paragraph: {readonly id: number; readonly text: string}): SearchUnit[] {
	sentences ??= new Intl.Segmenter('en', {granularity: 'sentence'});
	const pieces = [...sentences.segment(paragraph.text)].map(({index, segment}) => ({offset: index, text: segment}));
	return pairs(joinShort(pieces).flatMap(piece => cutLong(piece))).map(({offset, text}) => ({
		paragraph: paragraph.id,
		offset: offset + text.length - text.trimStart().length,
		text: text.trim(),
	}));
}

/** The search units of a transcript, in reading order. */
export function searchUnits(transcript: Transcript): SearchUnit[] {
	return transcript.paragraphs.flatMap(paragraph => paragraphUnits(paragraph));
}
