import {defineConfig} from 'vitest/config';

export default defineConfig({
	test: {
		testTimeout: 20_000,
		projects: [
			{extends: true, test: {name: 'unit', include: ['test/core/**/*.test.{ts,tsx}', 'test/ui/**/*.test.{ts,tsx}', 'test/player/**/*.test.ts', 'test/state/**/*.test.ts', 'test/commands/**/*.test.ts', 'test/docs/**/*.test.ts'], sequence: {groupOrder: 0}}},
			// The end-to-end tests time a real terminal (job control, redraws): they run after the
			// CPU-heavy unit tests (fuzzing, property tests) rather than beside them.
			{extends: true, test: {name: 'e2e', include: ['test/e2e/**/*.test.{ts,tsx}'], sequence: {groupOrder: 1}}},
		],
	},
});
