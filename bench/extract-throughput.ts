// npm run bench:extract — extractor throughput on ≥ 5 MB of article text, next to a baseline measured in the same
// run: one regex pass that only finds digit runs. Prints MB/s for both and the ratio.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { extract } from '../src/extractor/index.ts';

const root = resolve(import.meta.dirname, '..');
const dirs = [resolve(root, '../shared/corpus/seeds'), join(root, 'test/corpus/dev'), join(root, 'demo')].filter(existsSync);
const articles = dirs.flatMap((d) => readdirSync(d).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(d, f), 'utf8')));
if (!articles.length) throw new Error('no article texts found to benchmark');

const TARGET_BYTES = 5 * 1024 * 1024;
const texts: string[] = [];
let bytes = 0;
for (let i = 0; bytes < TARGET_BYTES; i++) {
  const t = articles[i % articles.length]!;
  texts.push(t);
  bytes += Buffer.byteLength(t, 'utf8');
}

function baseline(): number {
  let n = 0;
  for (const t of texts) for (const _ of t.matchAll(/\d+/g)) n++;
  return n;
}
function extractor(): number {
  let n = 0;
  for (const t of texts) n += extract(t).figures.length;
  return n;
}

function time(fn: () => number, rounds: number): { ms: number; out: number } {
  fn(); // warm-up: JIT and lazily built tables
  const runs: number[] = [];
  let out = 0;
  for (let r = 0; r < rounds; r++) {
    const t0 = performance.now();
    out = fn();
    runs.push(performance.now() - t0);
  }
  runs.sort((a, b) => a - b);
  return { ms: runs[Math.floor(runs.length / 2)]!, out };
}

const mb = bytes / (1024 * 1024);
const base = time(baseline, 5);
const ext = time(extractor, 3);
const mbps = (ms: number) => (mb / (ms / 1000)).toFixed(1);
console.log(`input: ${mb.toFixed(2)} MB in ${texts.length} articles (${articles.length} distinct), node ${process.version}`);
console.log(`baseline /\\d+/g : ${base.ms.toFixed(0)} ms median of 5  ${mbps(base.ms)} MB/s  (${base.out} digit runs)`);
console.log(`extract()       : ${ext.ms.toFixed(0)} ms median of 3  ${mbps(ext.ms)} MB/s  (${ext.out} figures)`);
console.log(`extract is ${(ext.ms / base.ms).toFixed(2)}× the baseline's time`);
