// npm run bench:extract — extractor throughput on ≥ 5 MB of article text, next to a baseline measured in the same
// run on the same text: one regex pass that only finds digit runs. Prints MB/s for both and the ratio.
//
// Two inputs, because cost follows the number of figures more than the number of bytes:
// - real articles: the seeds, five articles as provincial papers printed them (~1 figure per KB);
// - written corpus: every folder of test/corpus plus the seeds, written as dense metric reports (~10 per KB).
// `ONLY=real|written` runs one of them.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { extract } from '../src/extractor/index.ts';

const root = resolve(import.meta.dirname, '..');
const seeds = resolve(root, '../shared/corpus/seeds');
const corpora = join(root, 'test/corpus');
const articlesIn = (dirs: string[]) =>
  dirs
    .filter((d) => existsSync(d) && statSync(d).isDirectory())
    .flatMap((d) => readdirSync(d).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(d, f), 'utf8')));

const TARGET_BYTES = 5 * 1024 * 1024;

/** The articles repeated, in order, until they hold at least 5 MB of UTF-8; each stays one `extract()` call. */
function fiveMegabytes(articles: string[]): { texts: string[]; bytes: number } {
  if (!articles.length) throw new Error('no article texts found to benchmark');
  const texts: string[] = [];
  let bytes = 0;
  for (let i = 0; bytes < TARGET_BYTES; i++) {
    const t = articles[i % articles.length]!;
    texts.push(t);
    bytes += Buffer.byteLength(t, 'utf8');
  }
  return { texts, bytes };
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

function bench(label: string, articles: string[]): void {
  const { texts, bytes } = fiveMegabytes(articles);
  const baseline = () => {
    let n = 0;
    for (const t of texts) for (const _ of t.matchAll(/\d+/g)) n++;
    return n;
  };
  const extractor = () => {
    let n = 0;
    for (const t of texts) n += extract(t).figures.length;
    return n;
  };
  const mb = bytes / (1024 * 1024);
  const base = time(baseline, 7);
  const ext = time(extractor, 5);
  const mbps = (ms: number) => (mb / (ms / 1000)).toFixed(1);
  const perKb = (ext.out / (bytes / 1024)).toFixed(1);
  console.log(`\n${label}: ${mb.toFixed(2)} MB (UTF-8) in ${texts.length} articles (${articles.length} distinct), ${perKb} figures per KB`);
  console.log(`  baseline /\\d+/g : wall ${base.ms.toFixed(0)} ms  cpu ${base.cpu.toFixed(0)} ms  → ${mbps(base.cpu)} MB/s cpu  (${base.out} digit runs, median of 7)`);
  console.log(`  extract()       : wall ${ext.ms.toFixed(0)} ms  cpu ${ext.cpu.toFixed(0)} ms  → ${mbps(ext.cpu)} MB/s cpu  (${ext.out} figures, median of 5)`);
  console.log(`  extract takes ${(ext.cpu / Math.max(base.cpu, 0.001)).toFixed(0)}× the baseline's CPU time`);
}

const only = process.env.ONLY;
console.log(`node ${process.version}`);
if (only !== 'written') bench('real articles (the seeds, as printed)', articlesIn([seeds]));
if (only !== 'real') {
  const folders = existsSync(corpora) ? readdirSync(corpora).map((d) => join(corpora, d)) : [];
  bench('written corpus (seeds + test/corpus, dense metric reports)', articlesIn([seeds, ...folders]));
}
