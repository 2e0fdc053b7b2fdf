import {Box, Text} from 'ink';

type Props = {
	readonly title: string;
	/** `HH:MM:SS / HH:MM:SS`, or empty for a transcript without times. */
	readonly clock: string;
	readonly percent: number;
};

export function Header({title, clock, percent}: Props) {
	return (
		<Box height={1} flexShrink={0}>
			<Box flexGrow={1} flexShrink={1} overflow="hidden">
				<Text bold wrap="truncate-end">
					{title}
				</Text>
			</Box>
			<Box flexShrink={0} paddingLeft={2}>
				<Text>
					{clock && `${clock} `}<Text dimColor>{String(percent).padStart(3)}%</Text>
				</Text>
			</Box>
		</Box>
	);
}
