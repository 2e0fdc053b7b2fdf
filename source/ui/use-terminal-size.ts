import {useStdout} from 'ink';
import {useCallback, useEffect, useRef} from 'react';
import {readTerminalSize, type TerminalSize} from './terminal-size.js';

/**
 * Calls `onResize` with the new size on every resize. The listener goes first, before Ink's own:
 * Ink redraws at once, and the reader's state must have the new size by then, or Ink draws a
 * frame still laid out for the old one (Ink's own useWindowSize updates only after that frame).
 */
function useTerminalResize(onResize: (size: TerminalSize) => void) {
	const {stdout} = useStdout();
	useEffect(() => {
		const listener = () => onResize(readTerminalSize(stdout));
		stdout.prependListener('resize', listener);
		return () => {
			stdout.off('resize', listener);
		};
	}, [stdout, onResize]);
}

/** What a resize tells a screen's state: its new size; and, once resizing stops, to be drawn again. */
type ResizeAction = ({readonly type: 'resize'} & TerminalSize) | {readonly type: 'redraw'};

/**
 * The terminal's size into the state at each resize; once resizing stops, the whole screen drawn
 * again: Ink redraws only what it thinks changed, and a terminal that was resized (several times
 * quickly, or in height) no longer holds what Ink thinks.
 */
export function useResizeAndRedraw(dispatch: (action: ResizeAction) => void, redrawAfterMs: number) {
	const redrawTimer = useRef<NodeJS.Timeout>(undefined);
	useTerminalResize(
		useCallback(
			(size: TerminalSize) => {
				dispatch({type: 'resize', ...size});
				clearTimeout(redrawTimer.current);
				redrawTimer.current = setTimeout(() => dispatch({type: 'redraw'}), redrawAfterMs);
			},
			[dispatch, redrawAfterMs],
		),
	);
	useEffect(() => () => clearTimeout(redrawTimer.current), []);
}
