/** The footer's progress bar: how far through the episode, with a tick where each chapter starts. Pure. */

export const BAR = {done: '━', todo: '─', tick: '┼', doneTick: '╋', here: '●'} as const;

/** The bar in `width` cells, as the part already read and the part still to come. */
export function progressBar(width: number, position: number, duration: number, ticks: readonly number[]): {done: string; todo: string} {
	if (width <= 0) return {done: '', todo: ''};
	const cellOf = (seconds: number) => (duration > 0 && seconds > 0 ? Math.min(width - 1, Math.floor((seconds / duration) * width)) : 0);
	const here = cellOf(position);
	const ticked = new Set(ticks.filter(start => start > 0).map(start => cellOf(start)));
	const cells = Array.from({length: width}, (_, cell) => {
		if (cell === here) return BAR.here;
		if (cell < here) return ticked.has(cell) ? BAR.doneTick : BAR.done;
		return ticked.has(cell) ? BAR.tick : BAR.todo;
	});
	return {done: cells.slice(0, here + 1).join(''), todo: cells.slice(here + 1).join('')};
}

/** A bar of `width` cells filled for a share (0 to 1) of some work done: indexing a library. */
export function shareBar(share: number, width: number): {done: string; todo: string} {
	const filled = Math.max(0, Math.min(width, Math.floor(share * width)));
	return {done: BAR.done.repeat(filled), todo: BAR.todo.repeat(width - filled)};
}
