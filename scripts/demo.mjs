#!/usr/bin/env node
// `npm start`: the demo. Registers tsx so the TypeScript demo (and the browser-test helpers it shares) run on Node 20.
import { register } from 'tsx/esm/api';

register();
await import('./demo.ts');
