// npm run bench:extract — extractor throughput on ≥ 5 MB of article text, next to a baseline measured in the same
// run: one regex pass that only finds digit runs. Prints MB/s for both and the ratio.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { extract } from '../src/extractor/index.ts';

const root = resolve(import.meta.dirname, '..');
const corpora = join(root, 'test/corpus');
const dirs = [resolve(root, '../shared/corpus/seeds'), ...(existsSync(corpora) ? readdirSync(corpora).map((d) => join(corpora, d)) : [])]
  .filter((d) => existsSync(d) && statSync(d).isDirectory());
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

// CPU time of this process (user + system) as well as wall time: the machine is shared, and CPU time is what the
// code costs; wall time shows what a user would wait on an idle machine only when nothing else runs.
function time(fn: () => number, rounds: number): { ms: number; cpu: number; out: number } {
  fn(); // warm-up: JIT and lazily built tables
  const runs: Array<{ ms: number; cpu: number }> = [];
  let out = 0;
  for (let r = 0; r < rounds; r++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    out = fn();
    const c = process.cpuUsage(c0);
    runs.push({ ms: performance.now() - t0, cpu: (c.user + c.system) / 1000 });
  }
  const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  return { ms: median(runs.map((r) => r.ms)), cpu: median(runs.map((r) => r.cpu)), out };
}

const mb = bytes / (1024 * 1024);
const base = time(baseline, 7);
const ext = time(extractor, 5);
const mbps = (ms: number) => (mb / (ms / 1000)).toFixed(1);
console.log(`input: ${mb.toFixed(2)} MB (UTF-8) in ${texts.length} articles (${articles.length} distinct), node ${process.version}`);
console.log(`baseline /\\d+/g : wall ${base.ms.toFixed(0)} ms  cpu ${base.cpu.toFixed(0)} ms  → ${mbps(base.cpu)} MB/s cpu  (${base.out} digit runs, median of 7)`);
console.log(`extract()       : wall ${ext.ms.toFixed(0)} ms  cpu ${ext.cpu.toFixed(0)} ms  → ${mbps(ext.cpu)} MB/s cpu  (${ext.out} figures, median of 5)`);
console.log(`extract takes ${(ext.cpu / Math.max(base.cpu, 0.001)).toFixed(0)}× the baseline's CPU time`);
