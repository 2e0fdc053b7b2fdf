/** The terminal's size, as the reader's state and the first paint read it. Pure. */
export type TerminalSize = {readonly columns: number; readonly rows: number};

const FALLBACK: TerminalSize = {columns: 80, rows: 24};

/** The size of the terminal drawn on (Ink types it as any writable stream; on a terminal it has a size). */
export function readTerminalSize(stdout: NodeJS.WritableStream): TerminalSize {
	const {columns, rows} = stdout as Partial<NodeJS.WriteStream>;
	return {columns: columns || FALLBACK.columns, rows: rows || FALLBACK.rows};
}
