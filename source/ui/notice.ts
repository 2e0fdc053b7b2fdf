/** The footer's notice about warnings: the first, and how many more. */
export function noticeFor(warnings: readonly string[]): string | undefined {
	if (warnings.length === 0) return undefined;
	return `warning: ${warnings[0]}${warnings.length > 1 ? ` (and ${warnings.length - 1} more)` : ''}`;
}
