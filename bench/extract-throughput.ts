// npm run bench:extract — extractor throughput on ≥ 5 MB of article text, next to a baseline measured in the same
// run on the same text: one regex pass that only finds digit runs. Prints MB/s for both and the ratio.
//
// Two inputs, because cost follows the number of figures more than the number of bytes:
// - real articles: the seeds, five articles as provincial papers printed them (~1 figure per KB);
// - written corpus: every folder of test/corpus plus the seeds, written as dense metric reports (~10 per KB).
// `ONLY=real|written` runs one of them.
//
// The extractor runs two ways, and both are timed, round by round in turn so load drift falls on both alike:
// - as shipped: bundled and minified by vite with the extension's settings, as the content script runs it;
// - from source: the TypeScript modules loaded through tsx, as the CLI and the tests run them. Calls between ~150
//   modules go through module bindings that V8 inlines less readily than calls within one bundle.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';
import { extract as extractFromSource } from '../src/extractor/index.ts';

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

type Extract = typeof extractFromSource;

/** src/extractor bundled and minified with the settings vite.config.ts gives the extension (Chrome target). */
async function shippedExtract(): Promise<Extract> {
  const out = await build({
    configFile: false,
    logLevel: 'warn',
    build: { write: false, minify: true, target: 'chrome120', lib: { entry: join(root, 'src/extractor/index.ts'), formats: ['es'], fileName: 'extractor' } },
  });
  const result = Array.isArray(out) ? out[0]! : out;
  const chunk = (result as { output: Array<{ type: string; code?: string }> }).output.find((o) => o.type === 'chunk');
  if (!chunk?.code) throw new Error('bundling src/extractor produced no code');
  const dir = mkdtempSync(join(tmpdir(), 'soi-so-extract-bench-'));
  try {
    const file = join(dir, 'extractor.mjs');
    writeFileSync(file, chunk.code);
    return ((await import(pathToFileURL(file).href)) as { extract: Extract }).extract;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

interface Timing { ms: number; cpu: number; out: number }
interface Round { ms: number; cpu: number; out: number }

// CPU time of this process (user + system) as well as wall time: the machine is shared, and CPU time is what the
// code costs; wall time shows what a user would wait on an idle machine only when nothing else runs. The functions
// take turns round by round.
function round(fn: () => number): Round {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const out = fn();
  const c = process.cpuUsage(c0);
  return { ms: performance.now() - t0, cpu: (c.user + c.system) / 1000, out };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const summary = (rs: Round[]): Timing => ({ ms: median(rs.map((r) => r.ms)), cpu: median(rs.map((r) => r.cpu)), out: rs[0]!.out });

/** One warm-up round, then the median of `rounds` (the baseline's method). */
function time(fns: Array<() => number>, rounds: number): Timing[] {
  for (const fn of fns) fn(); // warm-up: JIT and lazily built tables
  const runs = fns.map(() => [] as Round[]);
  for (let r = 0; r < rounds; r++) fns.forEach((fn, i) => runs[i]!.push(round(fn)));
  return runs.map(summary);
}

// V8 optimises a function only once it has run a good deal of its own bytecode, so the many readers an article calls
// once each are optimised one by one over about ten rounds of 5 MB (~5,000 calls), and the compiling runs on other
// threads that the process's CPU time counts (BENCHMARKS.md, "Session 16, h64"). One warm-up round measures that
// slope, not the extractor. So the extractor is timed three ways: cold (its first 5 MB in this process, compiling
// included: what one article costs a fresh CLI or background worker), after one warm-up round (the method used up to
// session 15), and settled (warm-up rounds until two in a row differ by under 1% for every function, at most
// MAX_WARM_ROUNDS, then the median of `rounds`). The throughput goal is read on the settled row.
const MAX_WARM_ROUNDS = 16;
const SETTLED = 0.01;

interface Warmed { cold: Timing; oneWarmUp: Timing; settled: Timing; warmRounds: number }

function timeSettled(fns: Array<() => number>, rounds: number): Warmed[] {
  const warm = fns.map(() => [] as Round[]);
  let w = 0;
  for (; w < MAX_WARM_ROUNDS; w++) {
    fns.forEach((fn, i) => warm[i]!.push(round(fn)));
    const settled = w >= 2 && warm.every((rs) => Math.abs(rs[w]!.cpu - rs[w - 1]!.cpu) / rs[w - 1]!.cpu < SETTLED);
    if (settled) break;
  }
  // Rounds 1…rounds after the cold one are what one warm-up round then the median of `rounds` saw.
  while (warm[0]!.length < rounds + 1) fns.forEach((fn, i) => warm[i]!.push(round(fn)));
  const runs = fns.map(() => [] as Round[]);
  for (let r = 0; r < rounds; r++) fns.forEach((fn, i) => runs[i]!.push(round(fn)));
  return fns.map((_, i) => ({
    cold: summary([warm[i]![0]!]),
    oneWarmUp: summary(warm[i]!.slice(1, rounds + 1)),
    settled: summary(runs[i]!),
    warmRounds: Math.min(w + 1, MAX_WARM_ROUNDS),
  }));
}

function bench(label: string, articles: string[], shipped: Extract): void {
  const { texts, bytes } = fiveMegabytes(articles);
  const baseline = () => {
    let n = 0;
    for (const t of texts) for (const _ of t.matchAll(/\d+/g)) n++;
    return n;
  };
  const extractor = (extract: Extract) => () => {
    let n = 0;
    for (const t of texts) n += extract(t).figures.length;
    return n;
  };
  const mb = bytes / (1024 * 1024);
  const [base] = time([baseline], 7);
  const [ext, src] = timeSettled([extractor(shipped), extractor(extractFromSource)], 5);
  if (ext!.settled.out !== src!.settled.out) throw new Error(`the shipped bundle found ${ext!.settled.out} figures, the source ${src!.settled.out}`);
  const mbps = (ms: number) => (mb / (ms / 1000)).toFixed(1);
  const perKb = (ext!.settled.out / (bytes / 1024)).toFixed(1);
  const row = (name: string, t: Timing, what: string) =>
    console.log(`  ${name.padEnd(36)}: wall ${t.ms.toFixed(0)} ms  cpu ${t.cpu.toFixed(0)} ms  → ${mbps(t.cpu)} MB/s cpu  (${what})`);
  console.log(`\n${label}: ${mb.toFixed(2)} MB (UTF-8) in ${texts.length} articles (${articles.length} distinct), ${perKb} figures per KB`);
  row('baseline /\\d+/g', base!, `${base!.out} digit runs, median of 7`);
  row('extract(), as shipped, settled', ext!.settled, `${ext!.settled.out} figures; median of 5 after ${ext!.warmRounds} warm-up rounds; the goal's row`);
  row('extract(), as shipped, one warm-up', ext!.oneWarmUp, 'median of rounds 2-6: the method up to session 15');
  row('extract(), as shipped, cold', ext!.cold, 'the first 5 MB in this process, compiling included');
  row('extract(), from source, settled', src!.settled, 'through tsx, as the CLI runs it; median of 5');
  console.log(`  extract as shipped, settled, takes ${(ext!.settled.cpu / Math.max(base!.cpu, 0.001)).toFixed(0)}× the baseline's CPU time (from source ${(src!.settled.cpu / Math.max(base!.cpu, 0.001)).toFixed(0)}×)`);
}

const only = process.env.ONLY;
console.log(`node ${process.version}`);
const shipped = await shippedExtract();
if (only !== 'written') bench('real articles (the seeds, as printed)', articlesIn([seeds]), shipped);
if (only !== 'real') {
  const folders = existsSync(corpora) ? readdirSync(corpora).map((d) => join(corpora, d)) : [];
  bench('written corpus (seeds + test/corpus, dense metric reports)', articlesIn([seeds, ...folders]), shipped);
}
