/**
 * Copy to the system clipboard with OSC 52: the terminal sets its clipboard, so it works over SSH.
 * tmux passes the sequence on only with `set-clipboard on`, or wrapped for passthrough (tmux 3.3+
 * with `allow-passthrough on`): inside tmux both are sent, and whichever tmux allows takes effect.
 */
type Env = Readonly<Record<string, string | undefined>>;

export function osc52(text: string, env: Env): string {
	const sequence = `\u001B]52;c;${Buffer.from(text, 'utf8').toString('base64')}\u0007`;
	if (env.TMUX === undefined) return sequence;
	// In a passthrough, each ESC of the wrapped sequence is doubled.
	return `${sequence}\u001BPtmux;${sequence.replaceAll('\u001B', '\u001B\u001B')}\u001B\\`;
}
