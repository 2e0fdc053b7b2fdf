import {useStdout} from 'ink';
import {useEffect} from 'react';
import {readTerminalSize, type TerminalSize} from './terminal-size.js';

/**
 * Calls `onResize` with the new size on every resize. The listener goes first, before Ink's own:
 * Ink redraws at once, and the reader's state must have the new size by then, or Ink draws a
 * frame still laid out for the old one (Ink's own useWindowSize updates only after that frame).
 */
export function useTerminalResize(onResize: (size: TerminalSize) => void) {
	const {stdout} = useStdout();
	useEffect(() => {
		const listener = () => onResize(readTerminalSize(stdout));
		stdout.prependListener('resize', listener);
		return () => {
			stdout.off('resize', listener);
		};
	}, [stdout, onResize]);
}
