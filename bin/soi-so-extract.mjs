#!/usr/bin/env node
// Runs the TypeScript CLI through tsx, so the same sources serve the extension and the command line.
import { register } from 'tsx/esm/api';

register();
const { runFromShell } = await import('../src/cli/main.ts');
await runFromShell(process.argv.slice(2));
