#!/usr/bin/env node
// Browser-test runner (`npm run test:browser`): makes sure Chromium and Firefox are there (installing Debian's packages
// when root), builds both targets, then runs every test/browser/*.test.ts with node's test runner, one file at a time
// (each file starts its own browser; two at once starve a 2-core machine).
//
//   npm run test:browser                 all browser tests
//   npm run test:browser -- foundation   only files whose name contains "foundation"
//   SOI_SO_SKIP_BUILD=1 npm run test:browser -- page   reuse dist/ and dist-firefox/ as they are
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const here = 'test/browser';
const filters = process.argv.slice(2);

function run(command, args) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: process.env });
  if (result.error) throw result.error;
  return result.status ?? 1;
}

function step(label, command, args) {
  console.log(`\n[test:browser] ${label}`);
  const status = run(command, args);
  if (status !== 0) {
    console.error(`[test:browser] ${label} failed (exit ${status}).`);
    process.exit(status);
  }
}

step('checking browsers', process.execPath, [
  '--import', 'tsx', '-e',
  "const b = await import('./test/browser/support/browsers.ts'); console.log('chromium:', await b.ensureChromium()); console.log('firefox:', await b.ensureFirefox());",
]);

if (process.env.SOI_SO_SKIP_BUILD !== '1') {
  step('building dist/ (Chrome)', 'npm', ['run', '-s', 'build']);
  step('building dist-firefox/ (Firefox)', 'npm', ['run', '-s', 'build:firefox']);
}

const files = readdirSync(`${root}${here}`)
  .filter((name) => name.endsWith('.test.ts'))
  .filter((name) => filters.length === 0 || filters.some((f) => name.includes(f)))
  .sort()
  .map((name) => `${here}/${name}`);
if (files.length === 0) {
  console.error(`[test:browser] no test files match ${filters.length ? filters.join(', ') : 'test/browser/*.test.ts'}`);
  process.exit(1);
}

console.log(`\n[test:browser] running ${files.length} file(s): ${files.join(' ')}`);
process.exit(run(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=1', ...files]));
