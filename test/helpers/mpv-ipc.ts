/** A second client of mpv's JSON IPC (a socket mpv serves), as another program controlling mpv would be. */
import {connect, type Socket} from 'node:net';

export type MpvClient = {
	request(command: unknown[]): Promise<unknown>;
	property(name: string): Promise<unknown>;
	close(): void;
};

function connectOnce(path: string): Promise<Socket> {
	return new Promise((resolve, reject) => {
		const socket = connect(path, () => resolve(socket)).on('error', reject);
	});
}

/** Connects to the socket at `path`, trying again until mpv has made it. */
export async function mpvClient(path: string, timeoutMs = 10_000): Promise<MpvClient> {
	const deadline = Date.now() + timeoutMs;
	let socket: Socket | undefined;
	while (!socket) {
		socket = await connectOnce(path).catch((error: unknown) => {
			if (Date.now() > deadline) throw error;
			return undefined;
		});
		if (!socket) await new Promise(resolve => setTimeout(resolve, 50));
	}

	const waiting = new Map<number, (data: unknown) => void>();
	let partial = '';
	let nextId = 1;
	socket.setEncoding('utf8').on('data', (chunk: string) => {
		const lines = (partial + chunk).split('\n');
		partial = lines.pop() ?? '';
		for (const line of lines) {
			const {request_id: id, data} = JSON.parse(line) as {request_id?: number; data?: unknown};
			if (id !== undefined) waiting.get(id)?.(data);
		}
	});
	const connected = socket;
	const request = async (command: unknown[]) => {
		const id = nextId++;
		connected.write(`${JSON.stringify({command, request_id: id})}\n`);
		return new Promise(resolve => waiting.set(id, resolve));
	};

	return {request, property: async name => request(['get_property', name]), close: () => connected.destroy()};
}
