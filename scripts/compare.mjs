// `npm run compare`: runs the built command line, rebuilding it first if a source changed
// since (a check of file times; esbuild is loaded only to rebuild).
import { pathToFileURL } from 'node:url';
import { buildCliIfStale, CLI_ENTRY } from './build-cli.mjs';

await buildCliIfStale();
await import(pathToFileURL(CLI_ENTRY).href);
