// Bundle the CLI into one minified file: unbundled, loading Ink's ESM modules alone costs ~0.5 s.
import {chmod, rm} from 'node:fs/promises';
import {build} from 'esbuild';

await rm('dist', {recursive: true, force: true});
await build({
	entryPoints: ['source/cli.ts'],
	outdir: 'dist',
	entryNames: '[name]',
	chunkNames: 'chunks/[name]-[hash]',
	// The UI is a chunk of its own, so printing to a pipe never loads Ink and React.
	splitting: true,
	bundle: true,
	minify: true,
	platform: 'node',
	target: 'node22',
	format: 'esm',
	jsx: 'automatic',
	legalComments: 'none',
	define: {'process.env.NODE_ENV': '"production"'},
	alias: {
		// Ink imports react-devtools-core only when DEV is set; keep it out of the bundle.
		'react-devtools-core': './source/shims/empty.ts',
		// stopword's CommonJS build holds every language's list (~200 KB parsed at each search); its ES
		// modules let the bundle keep only the English one that search uses.
		stopword: './node_modules/stopword/src/stopword.js',
	},
	banner: {
		js: "import {createRequire as __parleyRequire} from 'node:module';const require=__parleyRequire(import.meta.url);",
	},
	logLevel: 'warning',
});

await chmod('dist/cli.js', 0o755);
