import {defineConfig} from 'vitest/config';

export default defineConfig({
	test: {
		include: ['test/**/*.test.{ts,tsx}'],
		testTimeout: 20_000,
		// In CI, also write a summary that .ci/run turns into an "N passed, N failed" line.
		reporters: process.env['CI'] ? ['default', ['json', {outputFile: '.ci-results.json'}]] : ['default'],
	},
});
