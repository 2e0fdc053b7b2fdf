/**
 * Yoga, Ink's layout engine, loads its WebAssembly with fetch() when there is one, which makes Node
 * load its HTTP client first (~25 ms). Parley uses no network; without fetch, Yoga decodes the bytes
 * directly. Called before Ink is loaded.
 */
export function dropFetch(): void {
	delete (globalThis as {fetch?: unknown}).fetch;
}
