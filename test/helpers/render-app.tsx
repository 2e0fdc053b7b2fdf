import {render} from 'ink-testing-library';
import stringWidth from 'string-width';
import {contentWidth, layoutTranscript} from '../../source/core/layout.js';
import type {GivenChapters} from '../../source/core/chapters/index.js';
import type {Transcript} from '../../source/core/model.js';
import type {GivenRefs} from '../../source/core/work-groups.js';
import type {Keep} from '../../source/state/keep.js';
import {App, type Timing} from '../../source/ui/app.js';
import type {AudioLink} from '../../source/player/audio-player.js';
import type {ColorDepth} from '../../source/ui/theme.js';

type Options = {
	readonly columns: number;
	readonly rows: number;
	readonly at?: number;
	readonly colorDepth?: ColorDepth;
	readonly given?: GivenChapters;
	readonly refs?: GivenRefs;
	readonly timing?: Partial<Timing>;
	readonly audio?: AudioLink;
	readonly keep?: Keep;
	readonly copy?: (text: string) => void;
};

const tick = () => new Promise(resolve => setTimeout(resolve, 5));

/** Long enough that no test sees the background work or the redraw after a resize, unless it asks. */
const NEVER_MS = 60_000;

/** Render the app at a terminal size (ink-testing-library fixes 100 columns and no rows). */
export async function renderApp(transcript: Transcript, {columns, rows, at, colorDepth = 0, given, refs, timing, audio, keep, copy}: Options) {
	// The app draws itself again from scratch after a resize by exiting to be mounted anew, which
	// only the full-screen runner does: here it would leave keys with nothing to read them.
	const times = {prepareAfterMs: NEVER_MS, redrawAfterResizeMs: NEVER_MS, ...timing};
	const rendered = render(
		<App transcript={transcript} given={given} refs={refs} colorDepth={colorDepth} at={at} timing={times} audio={audio} keep={keep} copy={copy} />,
	);
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
