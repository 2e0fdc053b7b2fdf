/** The library on screen with Ink: its rows drawn from its store, its keys read into it. */
import {Box, useApp, useInput, usePaste} from 'ink';
import {useEffect, useSyncExternalStore} from 'react';
import {RowText} from '../components/row-text.js';
import {readLibraryKeys, readLibraryPaste, type LibrarySink} from '../keymap.js';
import type {Store} from '../store.js';
import type {ColorDepth} from '../theme.js';
import {useResizeAndRedraw} from '../use-terminal-size.js';
import type {LibraryAction, LibraryState} from './library-state.js';
import {libraryRows} from './library-view.js';

type Props = {
	readonly store: Store<LibraryState, LibraryAction>;
	readonly colorDepth: ColorDepth;
	/** How long the terminal must keep its size before the screen is drawn again from scratch. */
	readonly redrawAfterResizeMs?: number;
};

export function LibraryApp({store, colorDepth, redrawAfterResizeMs = 150}: Props) {
	const state = useSyncExternalStore(store.subscribe, store.get);
	const {dispatch} = store;
	const {exit} = useApp();

	useResizeAndRedraw(dispatch, redrawAfterResizeMs);

	// The runner (run-library.ts) reads where the library is going from the store.
	useEffect(() => {
		if (state.leaving) exit();
	}, [state.leaving, exit]);

	const sink: LibrarySink = {
		typing: () => {
			const {kind} = store.get().mode;
			return kind === 'search' || kind === 'filter';
		},
		act: dispatch,
	};
	useInput((input, key) => readLibraryKeys(input, key, sink));
	usePaste(text => readLibraryPaste(text, sink));

	return (
		<Box flexDirection="column" width={state.columns} height={Math.max(1, state.rows - 1)} overflow="hidden">
			{libraryRows(state, colorDepth).map((row, index) => (
				// biome-ignore lint/suspicious/noArrayIndexKey: rows are screen positions
				<RowText key={index} row={row} />
			))}
		</Box>
	);
}
