import {useEffect, useEffectEvent} from 'react';
import type {MouseEvents} from './ink-stdin.js';
import {mouseAction} from './keymap.js';
import type {PointerAction} from './reader-state.js';

/** Calls `act` with what each of the mouse's reports does (the key map says), while mounted. */
export function useMouse(mouse: MouseEvents | undefined, act: (action: PointerAction) => void) {
	const onEvent = useEffectEvent(act);
	useEffect(
		() =>
			mouse?.(event => {
				const action = mouseAction(event);
				if (action) onEvent(action);
			}),
		[mouse],
	);
}
