// Ink's string-width, replaced by the faster fast-string-width (see esbuild.config.mjs).
export {default} from 'fast-string-width';
