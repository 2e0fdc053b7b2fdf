import {Box, Text} from 'ink';
import {formatClock} from '../../core/time.js';

type Props = {
	readonly title: string;
	readonly position: number;
	readonly duration: number;
	readonly percent: number;
};

export function Header({title, position, duration, percent}: Props) {
	return (
		<Box height={1} flexShrink={0}>
			<Box flexGrow={1} flexShrink={1} overflow="hidden">
				<Text bold wrap="truncate-end">
					{title}
				</Text>
			</Box>
			<Box flexShrink={0} paddingLeft={2}>
				<Text>
					{formatClock(position)} / {formatClock(duration)} <Text dimColor>{String(percent).padStart(3)}%</Text>
				</Text>
			</Box>
		</Box>
	);
}
