import source from './bootstrap.js?raw';
import { prepareInlineScript } from '../lib/inline-script.ts';

/**
 * The bootstrap script as it is inlined in every page, minified and hashed once per build
 * (at module load, not per page render: esbuild costs milliseconds a page on large sites).
 */
export const inlineBootstrap = prepareInlineScript(source);
