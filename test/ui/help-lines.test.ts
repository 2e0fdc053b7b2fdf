import stringWidth from 'string-width';
import {describe, expect, it} from 'vitest';
import {helpLines} from '../../source/ui/help-lines.js';
import {HELP_ROWS} from '../../source/ui/keymap.js';

describe('helpLines', () => {
	it.each([30, 40, 60, 72, 73, 80, 200])('fits every line in %d columns and drops no word', columns => {
		const lines = helpLines(columns);
		for (const {keys, meaning} of lines) expect(1 + stringWidth(keys + meaning)).toBeLessThanOrEqual(columns);
		const words = (text: string) => text.split(/\s+/).filter(Boolean);
		expect(lines.flatMap(line => [...words(line.keys), ...words(line.meaning)])).toEqual(
			HELP_ROWS.flatMap(([keys, meaning]) => [...words(keys), ...words(meaning)]),
		);
	});

	it('puts keys and meaning side by side when both fit, one row per binding', () => {
		expect(helpLines(80)).toHaveLength(HELP_ROWS.length);
		expect(helpLines(40).length).toBeGreaterThan(2 * HELP_ROWS.length);
	});
});
