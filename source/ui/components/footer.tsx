import {Box, Text} from 'ink';

type Props = {
	readonly count: string;
	readonly atEnd: boolean;
	readonly helpOpen: boolean;
	readonly notice: string | undefined;
};

const HINTS = 'j/k scroll  space/b page  {/} turn  g/G start/end  q quit';

export function Footer({count, atEnd, helpOpen, notice}: Props) {
	const status = count === '' ? (atEnd ? '(END)' : '') : count;
	return (
		<Box height={1} flexShrink={0}>
			<Box flexGrow={1} flexShrink={1} overflow="hidden">
				{notice === undefined ? (
					<Text dimColor wrap="truncate-end">
						{helpOpen ? 'j/k scroll help  any other key closes it' : HINTS}
					</Text>
				) : (
					<Text bold wrap="truncate-end">
						{notice}
					</Text>
				)}
			</Box>
			<Box flexShrink={0} paddingLeft={1}>
				<Text>
					{status && <Text inverse>{status}</Text>} <Text bold>?</Text> help
				</Text>
			</Box>
		</Box>
	);
}
