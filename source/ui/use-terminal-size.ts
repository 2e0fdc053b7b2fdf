import {useStdout} from 'ink';
import {useEffect} from 'react';

export type TerminalSize = {readonly columns: number; readonly rows: number};

const FALLBACK: TerminalSize = {columns: 80, rows: 24};

export function readTerminalSize(stdout: NodeJS.WriteStream): TerminalSize {
	return {columns: stdout.columns || FALLBACK.columns, rows: stdout.rows || FALLBACK.rows};
}

/**
 * Calls `onResize` with the new size on every resize (Ink 6 has no hook for it). The listener goes
 * first, before Ink's own: Ink redraws at once, and a frame still laid out for a wider terminal
 * would wrap into garbage there.
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
