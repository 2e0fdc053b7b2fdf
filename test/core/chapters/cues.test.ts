import {describe, expect, it} from 'vitest';
import {boundaryCues} from '../../../source/core/chapters/cues.js';
import {buildTranscript, type DraftParagraph} from '../../../source/core/model.js';

const LONG_QUESTION =
	'You have kept bees on that roof for eleven years now, through two hard winters and one summer when the whole hive swarmed off into the park across the road and settled in an old oak by the pond, and I keep wondering about one thing: how did you first get them through the cold?';

function transcript(paragraphs: ReadonlyArray<readonly [string | undefined, string]>) {
	const drafts: DraftParagraph[] = paragraphs.map(([speaker, text], index) => ({speaker, start: index * 30, stamped: true, text}));
	return buildTranscript('Cues', drafts);
}

describe('boundary cues', () => {
	it('favour a paragraph where someone turns to a new topic (“Let me ask you about …”)', () => {
		const cues = boundaryCues(
			transcript([
				[undefined, 'The boat heels over in a gust.'],
				[undefined, 'Let me ask you about bread. When did you start baking?'],
			]),
			0,
			2,
		);
		expect(cues[0]).toBe(0);
		expect(cues[1]).toBeGreaterThan(0);
	});

	it('favour the start of a long question turn, less than a turn to a new topic; a short follow-up question is no cue', () => {
		const cues = boundaryCues(
			transcript([
				['Host', LONG_QUESTION],
				['Guest', 'Straw bales around the hive, and sugar in February.'],
				['Host', 'Straw?'],
				['Guest', 'Yes, straw.'],
				['Host', 'Let’s talk about the boat.'],
			]),
			0,
			5,
		);
		expect(cues[0]).toBeGreaterThan(0);
		expect(cues.slice(1, 4)).toEqual([0, 0, 0]);
		expect(cues[4]).toBeGreaterThan(cues[0]!);
	});

	it('cover the paragraphs asked for', () => {
		const cues = boundaryCues(
			transcript([
				[undefined, 'One.'],
				[undefined, 'Speaking of boats, two.'],
				[undefined, 'Three.'],
			]),
			1,
			3,
		);
		expect(cues).toHaveLength(2);
		expect(cues[0]).toBeGreaterThan(0);
	});
});
