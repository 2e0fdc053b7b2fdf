/** Just under a thousand hours (three digits of hours): no episode is longer, and larger numbers are not times. */
export const MAX_SECONDS = 1000 * 3600 - 1;

/** `seconds` when it is a time an episode can have, else undefined. */
export function episodeTime(seconds: number): number | undefined {
	return Number.isFinite(seconds) && seconds >= 0 && seconds <= MAX_SECONDS ? seconds : undefined;
}

/** A time as transcripts write it in text, for regular expressions: `1:02:03`, `02:03`, `2:03.500`, `2:03,5`. */
export const CLOCK = String.raw`(?:\d{1,3}:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?`;

/** Parse `HH:MM:SS`, `H:MM:SS`, `MM:SS` (optionally with `.mmm` or `,mmm`) or plain seconds. */
export function parseClock(text: string): number | undefined {
	const trimmed = text.trim();
	if (/^\d+(?:\.\d+)?$/.test(trimmed)) return episodeTime(Number(trimmed));
	const match = /^(?:(\d+):)?(\d+):(\d{2})(?:[.,](\d{1,3}))?$/.exec(trimmed);
	if (!match) return undefined;
	const [, hours, minutes = '', seconds = '', fraction = ''] = match;
	if (Number(seconds) >= 60) return undefined;
	if (hours !== undefined && (minutes.length > 2 || Number(minutes) >= 60)) return undefined;
	return episodeTime(Number(hours ?? 0) * 3600 + Number(minutes) * 60 + Number(seconds) + (fraction ? Number(`0.${fraction}`) : 0));
}

/** Format seconds as `HH:MM:SS` (always with hours, so gutters line up). */
export function formatClock(totalSeconds: number): string {
	const whole = Math.max(0, Math.floor(totalSeconds));
	const hours = Math.floor(whole / 3600);
	const minutes = Math.floor((whole % 3600) / 60);
	const seconds = whole % 60;
	return [hours, minutes, seconds].map(part => String(part).padStart(2, '0')).join(':');
}

/** Format seconds as `HH:MM:SS.mmm` (`,` for SRT): a cue time, to the millisecond. */
export function formatCueTime(totalSeconds: number, separator: '.' | ',' = '.'): string {
	const millis = Math.round(Math.max(0, totalSeconds) * 1000);
	return `${formatClock(Math.floor(millis / 1000))}${separator}${String(millis % 1000).padStart(3, '0')}`;
}

/** `HH:MM:SS`, with `.mmm` only when the time is not a whole second. */
export function formatStamp(totalSeconds: number): string {
	const millis = Math.round(Math.max(0, totalSeconds) * 1000);
	return millis % 1000 === 0 ? formatClock(millis / 1000) : formatCueTime(totalSeconds);
}

/** A length as people write it: `0:53`, `4:05`, `1:02:03`. */
export function formatLength(totalSeconds: number): string {
	return formatClock(totalSeconds)
		.replace(/^00:/, '')
		.replace(/^0(?=\d:)/, '');
}
