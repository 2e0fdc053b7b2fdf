import {mkdtempSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {defineConfig} from 'vitest/config';

// What the tests keep (libraries' indexes, bookmarks, the search history), and the Parleys they
// start, stays out of the user's own folders.
const home = mkdtempSync(join(tmpdir(), 'parley-tests-'));

export default defineConfig({
	test: {
		testTimeout: 20_000,
		env: {XDG_CACHE_HOME: join(home, 'cache'), XDG_STATE_HOME: join(home, 'state')},
		projects: [
			{
				extends: true,
				test: {
					name: 'unit',
					include: [
						'test/core/**/*.test.{ts,tsx}',
						'test/ui/**/*.test.{ts,tsx}',
						'test/player/**/*.test.ts',
						'test/state/**/*.test.ts',
						'test/commands/**/*.test.ts',
						'test/docs/**/*.test.ts',
						'test/library/**/*.test.ts',
					],
					sequence: {groupOrder: 0},
				},
			},
			// The end-to-end tests time a real terminal (job control, redraws): they run after the
			// CPU-heavy unit tests (fuzzing, property tests) rather than beside them.
			{extends: true, test: {name: 'e2e', include: ['test/e2e/**/*.test.{ts,tsx}'], sequence: {groupOrder: 1}}},
		],
	},
});
