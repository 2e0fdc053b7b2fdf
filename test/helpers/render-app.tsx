import {render} from 'ink-testing-library';
import stringWidth from 'string-width';
import {contentWidth, layoutTranscript} from '../../source/core/layout.js';
import type {GivenChapters} from '../../source/core/chapters/index.js';
import type {Transcript} from '../../source/core/model.js';
import type {GivenRefs} from '../../source/core/work-groups.js';
import {App} from '../../source/ui/app.js';
import type {ColorDepth} from '../../source/ui/theme.js';

type Options = {readonly columns: number; readonly rows: number; readonly at?: number; readonly colorDepth?: ColorDepth; readonly given?: GivenChapters; readonly refs?: GivenRefs; readonly prepareAfterMs?: number; readonly worksAfterPauseMs?: number};

const tick = () => new Promise(resolve => setTimeout(resolve, 5));

/** Render the app at a terminal size (ink-testing-library fixes 100 columns and no rows). */
/** Long enough that no test sees the search index or the derived chapters arrive, unless it asks. */
const NEVER_MS = 60_000;

export async function renderApp(transcript: Transcript, {columns, rows, at, colorDepth = 0, given, refs, prepareAfterMs = NEVER_MS, worksAfterPauseMs}: Options) {
	const rendered = render(<App transcript={transcript} given={given} refs={refs} colorDepth={colorDepth} at={at} prepareAfterMs={prepareAfterMs} worksAfterPauseMs={worksAfterPauseMs} />);
	const size = {columns, rows};
	Object.defineProperty(rendered.stdout, 'columns', {get: () => size.columns});
	Object.defineProperty(rendered.stdout, 'rows', {get: () => size.rows});
	rendered.stdout.emit('resize');

	const frame = () => rendered.lastFrame() ?? '';
	const waitFor = async (test: (frame: string) => boolean, what = 'frame') => {
		for (let attempt = 0; attempt < 200; attempt++) {
			if (test(frame())) return frame();
			await tick();
		}

		throw new Error(`timed out waiting for ${what}; last frame:\n${frame()}`);
	};

	/** Wait for the frame drawn at the current size. */
	const drawn = () =>
		waitFor(current => {
			const lines = current.split('\n');
			const tooSmall = current.replaceAll('\n', ' ').includes(`have ${size.columns}x${size.rows}`);
			const width = Math.min(size.columns, contentWidth(layoutTranscript(transcript, size.columns)));
			// The header ends with the percent: a frame clipped from the old size does not.
			return tooSmall || (lines.length === size.rows - 1 && stringWidth(lines[0]!) === width && lines[0]!.endsWith('%'));
		}, `a ${size.columns}x${size.rows} frame`);

	const press = async (keys: string) => {
		const before = rendered.frames.length;
		rendered.stdin.write(keys);
		await waitFor(() => rendered.frames.length > before, `a frame after '${keys}'`);
		await tick();
	};

	const resize = async (newColumns: number, newRows: number) => {
		size.columns = newColumns;
		size.rows = newRows;
		rendered.stdout.emit('resize');
		await tick();
		await drawn();
	};

	await drawn();
	await tick();
	return {...rendered, frame, waitFor, press, resize};
}
