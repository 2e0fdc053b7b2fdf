// Bundle the CLI into one minified file: unbundled, loading Ink's ESM modules alone costs ~0.5 s.
import {chmod, readFile, rm} from 'node:fs/promises';
import {build} from 'esbuild';

/*
 * Ink 6.8's incremental renderer moves the cursor up one line too few when the previous frame
 * ended with a newline (every frame shorter than the terminal does), so each redraw lands one row
 * low and scrolls the screen. Fix that one expression; fail the build if Ink's code has changed.
 */
const inkIncrementalFix = {
	name: 'ink-incremental-fix',
	setup(build) {
		build.onLoad({filter: /ink[\\/]build[\\/]log-update\.js$/}, async ({path}) => {
			const source = await readFile(path, 'utf8');
			const broken = 'ansiEscapes.cursorUp(previousVisible - 1)';
			if (!source.includes(broken)) throw new Error(`ink-incremental-fix: '${broken}' not found in ${path}; re-check the fix`);
			const fixed = "ansiEscapes.cursorUp(previousVisible - (previousOutput.endsWith('\\n') ? 0 : 1))";
			return {contents: source.replace(broken, fixed), loader: 'js'};
		});
	},
};

/** Replace `from` by `to` in a module's source, failing the build when Ink's code has changed. */
function patched(source, path, name, from, to) {
	if (!source.includes(from)) throw new Error(`${name}: '${from}' not found in ${path}; re-check the patch`);
	return source.replace(from, to);
}

/*
 * Ink 6.8 turns each line of a frame into styled cells (tokenizing its ANSI codes) and measures
 * it, with caches that live for one frame. Most lines are the same from one frame to the next (a
 * player's clock changes one): keep the caches across frames, bounded, so that a frame costs what
 * changed in it; the same for the slices of lines that a box clips, and one blank cell for all.
 * (Cells are replaced, never changed, so sharing them is safe.)
 */
/** A few frames' lines at 400x120: at most ~10 MB of styled cells. */
const MAX_CACHED_LINES = 256;
const inkOutputCache = {
	name: 'ink-output-cache',
	setup(build) {
		build.onLoad({filter: /ink[\\/]build[\\/]output\.js$/}, async ({path}) => {
			let source = await readFile(path, 'utf8');
			const patch = (from, to) => {
				source = patched(source, path, 'ink-output-cache', from, to);
			};

			patch('            this.styledChars.set(line, cached);', `            if (this.styledChars.size >= ${MAX_CACHED_LINES}) this.styledChars.clear();\n            this.styledChars.set(line, cached);`);
			patch('            this.widths.set(text, cached);', `            if (this.widths.size >= ${4 * MAX_CACHED_LINES}) this.widths.clear();\n            this.widths.set(text, cached);`);
			patch('            this.blockWidths.set(text, cached);', `            if (this.blockWidths.size >= ${MAX_CACHED_LINES}) this.blockWidths.clear();\n            this.blockWidths.set(text, cached);`);
			patch('export default class Output {', 'const sharedCaches = new OutputCaches();\nconst blankCell = {type: "char", value: " ", fullWidth: false, styles: []};\nexport default class Output {');
			patch(`                row.push({
                    type: 'char',
                    value: ' ',
                    fullWidth: false,
                    styles: [],
                });`, '                row.push(blankCell);');
			patch('                            return sliceAnsi(line, from, to);', '                            return this.caches.getSlice(line, from, to);');
			patch('    getStringWidth(text) {', `    slices = new Map();
    getSlice(line, from, to) {
        const key = from + ',' + to + ',' + line;
        let cached = this.slices.get(key);
        if (cached === undefined) {
            cached = sliceAnsi(line, from, to);
            if (this.slices.size >= ${MAX_CACHED_LINES}) this.slices.clear();
            this.slices.set(key, cached);
        }
        return cached;
    }
    getStringWidth(text) {`);
			patch('    caches = new OutputCaches();', '    caches = sharedCaches;');
			return {contents: source, loader: 'js'};
		});
	},
};

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
	target: 'node20',
	format: 'esm',
	jsx: 'automatic',
	legalComments: 'none',
	define: {'process.env.NODE_ENV': '"production"'},
	alias: {
		// Ink imports react-devtools-core only when DEV is set; keep it out of the bundle.
		'react-devtools-core': './source/shims/empty.ts',
		// Ink draws nothing but the last frame when CI is set. Parley renders with Ink only on a
		// terminal, where a user (or a test in CI) is looking at it.
		'is-in-ci': './source/shims/not-in-ci.ts',
		// Ink measures every character of every frame; fast-string-width gives the same widths
		// (zero-width format characters aside, which it overestimates: safe) about 3x faster, and
		// it is what Parley's own wrapping (fast-wrap-ansi) measures with.
		'string-width': './source/shims/fast-string-width.ts',
	},
	plugins: [inkIncrementalFix, inkOutputCache],
	banner: {
		js: "import {createRequire as __parleyRequire} from 'node:module';const require=__parleyRequire(import.meta.url);",
	},
	logLevel: 'warning',
});

await chmod('dist/cli.js', 0o755);
