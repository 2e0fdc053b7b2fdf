import {Box, Text} from 'ink';

type Props = {
	readonly heading: string;
	readonly rows: readonly string[];
	readonly selected: number;
	/** The row marked `▶` (the chapter being read). */
	readonly current?: number;
	readonly height: number;
};

/** A heading and rows to choose from; the chosen one stays in view. */
export function ChoiceList({heading, rows, selected, current, height}: Props) {
	const shown = Math.max(0, height - 1);
	const first = Math.max(0, Math.min(selected - Math.floor(shown / 2), rows.length - shown));
	return (
		<Box flexDirection="column" height={height} flexShrink={0} overflow="hidden">
			<Text dimColor wrap="truncate-end">
				{heading}
			</Text>
			{rows.slice(first, first + shown).map((row, index) => (
				<Text key={first + index} wrap="truncate-end" inverse={first + index === selected} bold={first + index === current}>
					{first + index === current ? '▶ ' : '  '}
					{row}
				</Text>
			))}
		</Box>
	);
}
