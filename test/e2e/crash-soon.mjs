// Preloaded into the CLI by an end-to-end test: an uncaught error while the UI is up.
setTimeout(() => {
	throw new Error('simulated crash');
}, 700);
