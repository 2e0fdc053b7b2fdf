import {Box, Text} from 'ink';
import type {References} from '../../core/mentions/work.js';
import {worksSummary} from '../../core/work-groups.js';
import {firstShownRow, MARK_WIDTH, sidebarRows, type SidebarRow} from '../sidebar-rows.js';
import {sidebarWorks} from '../works-state.js';

type Props = {
	readonly refs: References;
	/** The work chosen: shown inverse while the sidebar has the focus, underlined otherwise. */
	readonly selected: number;
	/** The work being discussed where the reader is, marked `▶`. */
	readonly current: number | undefined;
	readonly focus: boolean;
	readonly timed: boolean;
	/** Beside the text: a border on its left. Over the text: none. */
	readonly beside: boolean;
	readonly width: number;
	readonly height: number;
};

function summary({works}: References): string {
	const text = worksSummary(works);
	return text.charAt(0).toUpperCase() + text.slice(1);
}

function Row({row, selected, current, focus}: {readonly row: SidebarRow; readonly selected: number; readonly current: number | undefined; readonly focus: boolean}) {
	if (row.kind === 'group') {
		return (
			<Text bold wrap="truncate-end">
				{row.text}
			</Text>
		);
	}

	const mark = row.kind === 'title' && row.first && row.work === current ? '▶ ' : ' '.repeat(MARK_WIDTH);
	if (row.kind === 'detail') {
		return (
			<Text dimColor wrap="truncate-end">
				{mark}
				{row.text}
			</Text>
		);
	}

	const chosen = row.work === selected;
	return (
		<Text wrap="truncate-end" bold={row.work === current}>
			{mark}
			<Text inverse={chosen && focus} underline={chosen && !focus}>
				{row.text}
			</Text>
		</Text>
	);
}

/** The works the transcript mentions, grouped by kind; in view, the one chosen, or (while the text has the focus) the one being discussed. */
export function Sidebar({refs, selected, current, focus, timed, beside, width, height}: Props) {
	const inner = Math.max(1, width - (beside ? 2 : 0));
	const rows = sidebarRows(sidebarWorks(refs), inner, timed);
	const listRows = Math.max(0, height - 1);
	const first = firstShownRow(rows, focus ? selected : (current ?? selected), listRows);
	return (
		<Box
			flexDirection="column"
			width={width}
			height={height}
			flexShrink={0}
			overflow="hidden"
			borderStyle={beside ? 'single' : undefined}
			borderTop={false}
			borderBottom={false}
			borderRight={false}
			borderDimColor={!focus}
			paddingLeft={beside ? 1 : 0}
		>
			<Text bold={focus} dimColor={!focus} wrap="truncate-end">
				{summary(refs)}
			</Text>
			{rows.slice(first, first + listRows).map((row, index) => (
				// eslint-disable-next-line react/no-array-index-key -- rows are screen positions
				<Row key={index} row={row} selected={selected} current={current} focus={focus} />
			))}
		</Box>
	);
}
