// npm run bench:content-script — the content script's cost in Chromium, next to mark.js highlighting the same ranges.
// Two pages in a news site's layout (menus, related lists, comments, footer): a typical article (~10 KB of text)
// and a 1 MB page. Each run loads the page fresh, injects a bundle of the page code (bench/content-script-entry.ts,
// the same PageController the extension runs, real extractor; a Web Worker running the background's port handler
// stands in for the background), and records a Chromium trace. Main-thread time is the CPU time of the renderer main
// thread's tasks from the run's start mark to two frames after its last highlight (so the layout and paint it caused
// count), the longest task the largest of them. mark.js, and our painter alone, run on other fresh loads with the
// ranges our run painted; the counted loads of the three take turns. Medians of RUNS (default 5) runs after one warm-up.
// Those rows do not count evaluating either script (the bundle is evaluated before the clock). The "evaluation counted"
// pair does, the same way for both: on a fresh page with the same stand-ins set up before the clock, the window starts,
// and the script is inserted inline and evaluated inside it. Ours is the shipped content script itself (the manifest's
// file in HONEST_DIST, default dist/: npm run build first), with the browser's extension bindings (chrome.runtime)
// stood in for by the same Web Worker port as above; the package's web-accessible scripts it imports (since session 19
// its page code, page/app.js, at once) are served to it from HONEST_DIST by the fixture server, under a new address on
// every load (no HTTP cache, no code cache), and their fetch, compile and evaluation on the main thread count too;
// mark.js is its own bundle (bench/content-script-mark-js-entry.ts), inline, painting the same ranges (MARKJS_FILE=1:
// from a file of the fixture server instead, as a page's <script src>). Each window ends two frames after the work (ours: the background's one answer), as above.
// The typical page only (the 1 MB page takes many answers). SKIP_HONEST=1 leaves the pair out; ONLY_HONEST=1 runs
// only the pair (and the one load of the injected view that gives the ranges). Since session 21 the pair runs in a
// browser of its own driven by puppeteer-core with DevTools' Network domain off, as a reader's browser runs
// (HONEST_NETWORK=1: on, as Playwright has it), and its stand-in background is warmed with whole articles before the
// clock (HONEST_COLD_WORKER=1: one sentence, as before).
//
// Diagnostics (stderr): SCRIPT_TASKS=1 prints the injected view's tasks without rendering work (script only: ours,
// the painter alone, mark.js); DEBUG_TRACE=3 sums the events inside each task by name (with
// TRACE_CATS=disabled-by-default-v8.compile it shows V8.CompileCode, the lazy compiling); DEBUG_LAPS=1 prints the CPU
// time (thread time) between console.timeStamp('lap:NAME') marks put into the page code for the purpose (not kept),
// and with TRACE_CATS=disabled-by-default-v8.compile the compiling between them. DEBUG_COMPILE=1 (with that TRACE_CATS)
// sums the compiling in each counted window (the script's own compile and the lazy compiles of its functions), and in
// the extension rows prints how each load compiled the content script (V8's v8.compile arguments: a code cache used or
// not). TRACE_OUT=DIR writes every trace of the injected view and the pair (trace-NNN.json, in the order taken: the
// injected view's load that gives the ranges, the pair's two warm-ups, then ours and mark.js by turns) and of the
// extension rows (extension-PAGE-LOAD.json, load 0 the warm-up). COVERAGE_OUT=FILE writes which functions of the shipped content script a first visit calls (the first load of
// the "evaluation counted" pair). CHROMIUM_EXTRA_ARGS adds switches to the injected view's browser (space-separated).
// EXTENSION_DRIVER=puppeteer runs the extension rows in puppeteer-core with DevTools' Network domain off, as the pair
// runs (the default, Playwright, has it on: the loader's import() then takes an initiator stack; session 23).
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { build } from 'vite';
import { chromium, type Browser, type Page } from 'playwright-core';
import puppeteer, { type Page as PuppeteerPage } from 'puppeteer-core';
import { ensureChromium } from '../test/browser/support/browsers.ts';
import { CHROMIUM_ARGS, hostResolverRules } from '../test/browser/support/chromium.ts';
import { serveFixtures } from '../test/browser/support/serve.ts';
import { launchChromium } from '../test/browser/support/chromium.ts';
import type { CDPSession } from 'playwright-core';
import { DECLARED_CSS } from '../src/page/declared-styles.ts';

const ROOT = resolve(import.meta.dirname, '..');
const declaredCss = readFileSync(join(ROOT, DECLARED_CSS.chromium), 'utf8');
const RUNS = Number(process.env.RUNS ?? 5);

// ---- pages -----------------------------------------------------------------------------------------------------------

const sources = [resolve(ROOT, '../shared/corpus/seeds'), join(ROOT, 'test/corpus/dev'), join(ROOT, 'demo')].filter(existsSync);
const articles = sources.flatMap((d) => readdirSync(d).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(d, f), 'utf8')));
if (!articles.length) throw new Error('no article texts found (../shared/corpus/seeds, test/corpus/dev)');
/** What the pair's stand-in background extracts before the clock (HONEST_COLD_WORKER=1: one sentence only, as before
 *  session 21): the last articles, whose paragraphs the typical page does not use. */
const WARM_TEXTS = articles.slice(-4);
const paragraphs = articles.flatMap((a) => a.split(/\n\s*\n/).map((p) => p.trim()).filter((p) => p.length > 40));

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const furniture = `<nav class="main-menu"><ul>${Array.from({ length: 12 }, (_, i) => `<li><a href="#">Mục ${i} tăng ${i},5%</a></li>`).join('')}</ul></nav>`;
const related = `<div class="related-news"><ul>${Array.from({ length: 8 }, (_, i) => `<li><a href="#">Thu ngân sách tăng ${i + 10},3% so với cùng kỳ</a></li>`).join('')}</ul></div>`;
const comments = `<section class="comments">${Array.from({ length: 10 }, (_, i) => `<div class="comment"><p>Bạn đọc ${i}: giá tăng ${i * 3}%!</p></div>`).join('')}</section>`;
const footer = '<footer><p>Lượt truy cập: 1.234.567 · tăng 3,5%</p></footer>';

function articlePage(targetTextBytes: number | undefined, targetHtmlBytes: number | undefined): { html: string; textBytes: number } {
  const body: string[] = [];
  let textBytes = 0;
  let html = '';
  for (let i = 0; ; i++) {
    const p = paragraphs[i % paragraphs.length]!;
    // Every fifth paragraph holds a figure split by inline markup, as papers print them.
    body.push(i % 5 === 0 ? `<p>${esc(p).replace(/(\d+),(\d+)%/, '<b>$1,$2</b>%')}</p>` : `<p>${esc(p)}</p>`);
    textBytes += Buffer.byteLength(p, 'utf8');
    html = `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Bài báo</title></head><body>${furniture}
<div class="detail-title"><h1>Kinh tế - xã hội năm 2023 đạt nhiều kết quả</h1></div><div class="detail-time">11/12/2023 - 06:47</div>
<div class="detail-content">${body.join('\n')}</div>${related}${comments}${footer}</body></html>`;
    if (targetTextBytes && textBytes >= targetTextBytes) break;
    if (targetHtmlBytes && Buffer.byteLength(html, 'utf8') >= targetHtmlBytes) break;
  }
  return { html, textBytes };
}

// ---- trace analysis --------------------------------------------------------------------------------------------------

/** Diagnostics' records (DEBUG_LAPS, SCRIPT_TASKS), per traced load. */
const lapLog: string[][] = [];
const scriptLog: number[] = [];
interface TraceEvent { name: string; ph: string; ts: number; dur?: number; tdur?: number; pid: number; tid: number; args?: { name?: string; data?: { message?: string } } }

/** DEBUG_COMPILE=1 with TRACE_CATS=disabled-by-default-v8.compile: the compiling inside the given tasks, as the
 *  outermost compile events (a script's compile, a function's lazy compile), their CPU time summed, and how many lazy
 *  compiles there were. */
function compileSummary(events: TraceEvent[], tasks: TraceEvent[]): void {
  const names = new Set(['v8.compile', 'V8.CompileCode']);
  const within = events.filter((e) => names.has(e.name) && e.ph === 'X' &&
    tasks.some((t) => e.pid === t.pid && e.tid === t.tid && e.ts >= t.ts && e.ts <= t.ts + (t.dur ?? 0)));
  const outer = within.filter((e) => !within.some((o) => o !== e && o.tid === e.tid && o.ts <= e.ts && o.ts + (o.dur ?? 0) >= e.ts + (e.dur ?? 0) &&
    (o.ts < e.ts || (o.dur ?? 0) > (e.dur ?? 0) || o.name === 'v8.compile')));
  const ms = (xs: TraceEvent[]) => (xs.reduce((a, e) => a + (e.tdur ?? e.dur ?? 0), 0) / 1000).toFixed(2);
  const scripts = outer.filter((e) => e.name === 'v8.compile');
  console.error(`compile: ${ms(outer)} ms in all; scripts ${ms(scripts)} (${scripts.length}); lazy ${ms(outer.filter((e) => e.name !== 'v8.compile'))} (${outer.length - scripts.length})`);
}

/** Task lengths in thread CPU time (tdur): this 2-core machine runs other jobs, and wall time (dur) would count the
 *  time the renderer was waiting for a core. Wall-time figures are returned too. */
function mainThreadTasks(trace: Buffer): { totalMs: number; longestMs: number; longestWallMs: number; tasks: number } {
  const events = (JSON.parse(trace.toString('utf8')) as { traceEvents: TraceEvent[] }).traceEvents;
  const stamps = events.filter((e) => e.name === 'TimeStamp' && e.args?.data?.message?.startsWith('soi-so-'));
  const start = stamps.find((e) => e.args!.data!.message === 'soi-so-start');
  const end = stamps.find((e) => e.args!.data!.message === 'soi-so-end');
  if (!start || !end) throw new Error('the trace holds no start/end marks');
  if (process.env.DEBUG_TRACE) {
    const all = events.filter((e) => e.name === 'RunTask' && e.pid === start.pid && e.tid === start.tid);
    const around = events.filter((e) => e.pid === start.pid && e.tid === start.tid && e.ph === 'X' && e.ts <= start.ts && e.ts + (e.dur ?? 0) >= start.ts);
    console.error('start stamp inside:', around.map((e) => `${e.name} ${((e.dur ?? 0) / 1000).toFixed(2)}`).join(' > '));
    console.error(`marks ${start.ts}..${end.ts} (${((end.ts - start.ts) / 1000).toFixed(1)} ms); RunTask on that thread: ${all.length}, last ends ${Math.max(...all.map((e) => e.ts + (e.dur ?? 0)))}; events ${events.length}`);
  }
  if (process.env.DEBUG_LAPS) {
    const laps = events.filter((e) => e.name === 'TimeStamp' && e.pid === start.pid && e.tid === start.tid && e.ts >= start.ts && e.ts <= end.ts).sort((a, b) => a.ts - b.ts);
    let prev = start as TraceEvent & { tts?: number };
    const out: string[] = [];
    for (const l of laps as (TraceEvent & { tts?: number })[]) {
      if (l === start) continue;
      const cc = events.filter((e) => e.name === 'V8.CompileCode' && e.pid === start.pid && e.tid === start.tid && e.ts >= prev.ts && e.ts < l.ts);
      out.push(`${l.args!.data!.message!.replace('lap:', '')} ${(((l.tts ?? 0) - (prev.tts ?? 0)) / 1000).toFixed(3)} ${(cc.reduce((a, e) => a + (e.tdur ?? 0), 0) / 1000).toFixed(3)} ${cc.length}`);
      prev = l;
    }
    lapLog.push(out);
  }
  const tasks = events.filter((e) => e.pid === start.pid && e.tid === start.tid && e.ph === 'X' && e.name === 'RunTask' && e.ts + (e.dur ?? 0) >= start.ts && e.ts <= end.ts);
  let total = 0;
  let longest = 0;
  let longestWall = 0;
  let worst: TraceEvent | undefined;
  {
    const RENDER = new Set(['Paint', 'PrePaint', 'Layout', 'UpdateLayoutTree', 'Commit', 'FireAnimationFrame']);
    let script = 0;
    for (const t of tasks) {
      const render = events.some((e) => e.pid === t.pid && e.tid === t.tid && RENDER.has(e.name) && e.ts >= t.ts && e.ts <= t.ts + (t.dur ?? 0));
      if (!render) script += t.tdur ?? t.dur ?? 0;
    }
    scriptLog.push(script / 1000);
  }
  for (const t of tasks) {
    const cpu = t.tdur ?? t.dur ?? 0;
    total += cpu;
    longestWall = Math.max(longestWall, t.dur ?? 0);
    if (cpu > longest) {
      longest = cpu;
      worst = t;
    }
  }
  if (process.env.DEBUG_COMPILE) compileSummary(events, tasks);
  if (process.env.DEBUG_TRACE === '3') {
    for (const t of tasks) {
      if ((t.tdur ?? 0) < 300) continue;
      const inside = events.filter((e) => e.pid === t.pid && e.tid === t.tid && e !== t && (e.ph === 'X' || e.ph === 'B') && e.ts >= t.ts && e.ts + (e.dur ?? 0) <= t.ts + t.dur!);
      const sums = new Map<string, [number, number]>();
      for (const e of inside) { const k = e.name; const v = sums.get(k) ?? [0, 0]; v[0] += (e.tdur ?? e.dur ?? 0); v[1]++; sums.set(k, v); }
      console.error(`  task ${((t.tdur ?? 0) / 1000).toFixed(2)} ms cpu:`, [...sums].sort((a, b) => b[1][0] - a[1][0]).slice(0, 14).map(([k, v]) => `${k} ${(v[0] / 1000).toFixed(2)}x${v[1]}`).join(', '));
    }
  }
  if (process.env.DEBUG_TRACE === '2') {
    for (const t of tasks) {
      const inside = events.filter((e) => e.pid === t.pid && e.tid === t.tid && e.ph === 'X' && e !== t && e.ts >= t.ts && e.ts + (e.dur ?? 0) <= t.ts + t.dur!);
      inside.sort((a, b) => (b.tdur ?? b.dur ?? 0) - (a.tdur ?? a.dur ?? 0));
      console.error(`  task ${((t.tdur ?? 0) / 1000).toFixed(2)} ms cpu:`, inside.slice(0, 6).map((e) => `${e.name} ${((e.tdur ?? e.dur ?? 0) / 1000).toFixed(2)}`).join(', '));
    }
  }
  if (process.env.DEBUG_TRACE && worst) {
    // What the longest task was spent on: its biggest direct events.
    const inside = events.filter((e) => e.pid === worst!.pid && e.tid === worst!.tid && e.ph === 'X' && e !== worst && e.ts >= worst!.ts && e.ts + (e.dur ?? 0) <= worst!.ts + worst!.dur!);
    inside.sort((a, b) => (b.dur ?? 0) - (a.dur ?? 0));
    console.error(`longest task ${(longest / 1000).toFixed(1)} ms of ${tasks.length}:`, inside.slice(0, 8).map((e) => `${e.name} ${((e.dur ?? 0) / 1000).toFixed(1)}`).join(', '));
  }
  return { totalMs: total / 1000, longestMs: longest / 1000, longestWallMs: longestWall / 1000, tasks: tasks.length };
}

/** The shipped extension on a page: CPU time of the renderer main-thread tasks that ran the content script: its
 *  evaluation and its own callbacks and timers (found by the content script's URL in the trace), and the answers the
 *  extension's messaging brings it (the port's extraction answer, the replies to its saves), which the browser's
 *  bindings dispatch: their FunctionCall carries no script URL and a reply to sendMessage shows only as a microtask
 *  checkpoint. The fixture pages run no script of their own and nothing else evaluates in the page while the trace
 *  runs (see extensionRows), so after the script's evaluation such tasks on its thread are the content script's.
 *  Rendering work those tasks caused later is not in it (framesMs gives that). */
function contentScriptTasks(trace: TraceEvent[]): { totalMs: number; longestMs: number; tasks: number; framesMs: number } {
  const ours = trace.filter((e) => {
    const d = (e.args as { data?: { url?: string; scriptName?: string } } | undefined)?.data;
    return (d?.url ?? d?.scriptName ?? '').startsWith('chrome-extension://') && (d?.url ?? d?.scriptName ?? '').includes('/page/');
  });
  if (!ours.length) throw new Error('the trace shows no content-script work');
  const { pid, tid } = ours[0]!;
  const evaluated = Math.min(...ours.filter((o) => o.pid === pid && o.tid === tid).map((o) => o.ts));
  const dispatched = trace.filter((e) => e.pid === pid && e.tid === tid && e.ts >= evaluated &&
    ((e.name === 'FunctionCall' && !(e.args as { data?: { url?: string } } | undefined)?.data?.url) || e.name === 'RunMicrotasks'));
  const inside = (t: TraceEvent, list: TraceEvent[]) => list.some((o) => o.pid === pid && o.tid === tid && o.ts >= t.ts && o.ts <= t.ts + (t.dur ?? 0));
  const tasks = trace.filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && e.name === 'RunTask' &&
    (inside(e, ours) || (e.ts + (e.dur ?? 0) >= evaluated && inside(e, dispatched))));
  let total = 0;
  let longest = 0;
  // With the frames the script caused: rendering tasks (style, layout, paint) on its thread from its first task after
  // its evaluation (the earliest that can paint a highlight) to 100 ms after its last. The fixture page is static:
  // after load, only the highlights make it render again; the page's own first frames may still come after the
  // script's evaluation (document_idle), and they are the page's.
  const first = Math.min(...tasks.map((t) => t.ts));
  const evaluatedBy = Math.min(...tasks.filter((t) => inside(t, ours)).map((t) => t.ts + (t.dur ?? 0)));
  const after = tasks.filter((t) => t.ts >= evaluatedBy).map((t) => t.ts);
  const framesFrom = after.length ? Math.min(...after) : evaluatedBy;
  const last = Math.max(...tasks.map((t) => t.ts + (t.dur ?? 0)));
  const rendering = trace.filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && e.name === 'RunTask' && !tasks.includes(e) &&
    e.ts >= framesFrom && e.ts <= last + 100_000 &&
    trace.some((x) => x.pid === pid && x.tid === tid && x.ts >= e.ts && x.ts <= e.ts + (e.dur ?? 0) && RENDER_EVENTS.has(x.name)));
  const framesMs = rendering.reduce((a, t) => a + (t.tdur ?? t.dur ?? 0), 0) / 1000;
  if (process.env.DEBUG_TRACE === '2') {
    for (const t of [...tasks, ...rendering].sort((x, y) => x.ts - y.ts)) {
      const names = [...new Set(trace.filter((x) => x.pid === pid && x.tid === tid && x.ts >= t.ts && x.ts <= t.ts + (t.dur ?? 0) && x !== t && x.ph === 'X').sort((x, y) => (y.tdur ?? y.dur ?? 0) - (x.tdur ?? x.dur ?? 0)).slice(0, 5).map((x) => `${x.name} ${((x.tdur ?? x.dur ?? 0) / 1000).toFixed(1)}`))];
      console.error(`  +${((t.ts - first) / 1000).toFixed(0)} ms ${tasks.includes(t) ? 'script' : 'frame '} ${((t.tdur ?? t.dur ?? 0) / 1000).toFixed(2)}: ${names.join(', ')}`);
    }
  }
  if (process.env.DEBUG_COMPILE) compileSummary(trace, tasks);
  for (const t of tasks) {
    const cpu = t.tdur ?? t.dur ?? 0;
    total += cpu;
    longest = Math.max(longest, cpu);
    if (process.env.DEBUG_TRACE) {
      const inside = trace.filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && e !== t && e.ts >= t.ts && e.ts + (e.dur ?? 0) <= t.ts + (t.dur ?? 0));
      inside.sort((a, b) => (b.tdur ?? b.dur ?? 0) - (a.tdur ?? a.dur ?? 0));
      if (cpu > 3000) console.error(`  content-script task ${(cpu / 1000).toFixed(1)} ms:`, inside.slice(0, 10).map((e) => `${e.name} ${((e.tdur ?? e.dur ?? 0) / 1000).toFixed(1)}`).join(', '));
    }
  }
  return { totalMs: total / 1000, longestMs: longest / 1000, tasks: tasks.length, framesMs };
}

const RENDER_EVENTS = new Set(['UpdateLayoutTree', 'Layout', 'Paint', 'PrePaint', 'Commit']);

async function cdpTrace(cdp: CDPSession, fn: () => Promise<void>): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  const on = cdp as unknown as { on(name: string, fn: (e: { value: TraceEvent[] }) => void): void };
  on.on('Tracing.dataCollected', (e) => void events.push(...e.value));
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', ...(process.env.TRACE_CATS ? process.env.TRACE_CATS.split(',') : [])] }, transferMode: 'ReportEvents' });
  await fn();
  const done = new Promise<void>((r) => cdp.once('Tracing.tracingComplete', () => r()));
  await cdp.send('Tracing.end');
  await done;
  return events;
}

/** How long the extension is traced on a page: until its highlights and the save's answers are in (checked after). */
const windowMs = (name: string) => Number(process.env.EXTENSION_WINDOW_MS ?? (name === 'large' ? 4000 : 1200));

/** One traced load of a fixture page in a browser with the extension: its trace and how many ranges it painted. */
type ExtensionLoad = (url: string, ms: number) => Promise<{ trace: TraceEvent[]; painted: () => Promise<number>; close: () => Promise<void> }>;

/** The extension in Playwright's persistent context, as sessions 3–22 measured it: Playwright turns DevTools' Network
 *  domain on for every page, so the content script's import() of its page code takes a JavaScript stack for the
 *  request's initiator (two V8.CollectSourcePositions in the loader's task, 0.11–0.30 ms; BENCHMARKS.md, session 23). */
async function playwrightExtension(): Promise<{ load: ExtensionLoad; close: () => Promise<void> }> {
  const ext = await launchChromium();
  return {
    close: () => ext.close(),
    load: async (url, ms) => {
      const page = await ext.context.newPage();
      const cdp = await ext.context.newCDPSession(page);
      const trace = await cdpTrace(cdp, async () => {
        await page.goto(url);
        await page.waitForTimeout(ms);
      });
      await cdp.detach();
      const painted = () => page.evaluate(() => [...(CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.values()].reduce((a, h) => a + h.size, 0));
      return { trace, painted, close: () => page.close() };
    },
  };
}

/** EXTENSION_DRIVER=puppeteer: the same extension and switches driven by puppeteer-core with the Network domain off,
 *  as the honest pair runs (a reader's browser without DevTools open takes no initiator stacks). */
async function puppeteerExtension(): Promise<{ load: ExtensionLoad; close: () => Promise<void> }> {
  const dist = resolve(ROOT, 'dist');
  const profile = mkdtempSync(join(tmpdir(), 'soi-so-bench-ext-'));
  const browser = await puppeteer.launch({
    executablePath: await ensureChromium(), headless: true, networkEnabled: false, userDataDir: profile,
    defaultViewport: { width: 1280, height: 900 },
    args: [`--disable-extensions-except=${dist}`, `--load-extension=${dist}`, ...CHROMIUM_ARGS, `--host-resolver-rules=${hostResolverRules(['*'])}`],
  });
  await browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith('chrome-extension://'), { timeout: 15_000 });
  return {
    close: async () => {
      await browser.close();
      rmSync(profile, { recursive: true, force: true });
    },
    load: async (url, ms) => {
      const page = await browser.newPage();
      await page.tracing.start({ categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', ...(process.env.TRACE_CATS ? process.env.TRACE_CATS.split(',') : [])] });
      await page.goto(url);
      await new Promise((r) => setTimeout(r, ms));
      const trace = (JSON.parse(Buffer.from((await page.tracing.stop())!).toString('utf8')) as { traceEvents: TraceEvent[] }).traceEvents;
      const painted = () => page.evaluate(() => [...(CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.values()].reduce((a, h) => a + h.size, 0));
      return { trace, painted, close: () => page.close() };
    },
  };
}

async function extensionRows(files: { name: string; label: string }[], dir: string): Promise<string[]> {
  const server = await serveFixtures(dir);
  const ext = process.env.EXTENSION_DRIVER === 'puppeteer' ? await puppeteerExtension() : await playwrightExtension();
  const rows: string[] = [];
  try {
    for (const { name, label } of files) {
      const runs: { totalMs: number; longestMs: number; tasks: number; framesMs: number }[] = [];
      for (let r = 0; r < RUNS + 1; r++) {
        // A fixed window, with nothing evaluated in the page while it runs (a script the benchmark runs in the page
        // would look like the extension's dispatched work); whether the highlights were done by its end is checked
        // after it.
        const { trace, painted, close } = await ext.load(server.url('baodongkhoi.vn', `/${name}.html`), windowMs(name));
        const n = await painted();
        await new Promise((r) => setTimeout(r, 500));
        if (n === 0 || (await painted()) !== n) throw new Error(`${name}: the highlights were not done within ${windowMs(name)} ms; set EXTENSION_WINDOW_MS higher`);
        await close();
        if (process.env.TRACE_OUT) {
          mkdirSync(process.env.TRACE_OUT, { recursive: true });
          writeFileSync(join(process.env.TRACE_OUT, `extension-${name}-${r}.json`), JSON.stringify({ traceEvents: trace }));
        }
        if (process.env.DEBUG_COMPILE) {
          // How the content script was compiled on this load (a code cache consumed or not), from V8's trace events.
          for (const e of trace.filter((x) => x.name === 'v8.compile' && JSON.stringify(x.args ?? {}).includes('/page/'))) {
            console.error(`load ${r}: v8.compile ${((e.tdur ?? e.dur ?? 0) / 1000).toFixed(2)} ms ${JSON.stringify(e.args)}`);
          }
        }
        if (r > 0) runs.push(contentScriptTasks(trace));
      }
      rows.push(`| ${label} | Soi Số as shipped, in the extension: content-script tasks only | | ${median(runs.map((x) => x.totalMs)).toFixed(1)} | ${median(runs.map((x) => x.longestMs)).toFixed(1)} (worst ${Math.max(...runs.map((x) => x.longestMs)).toFixed(1)}) | | ${median(runs.map((x) => x.tasks))} tasks |`);
      rows.push(`| ${label} | Soi Số as shipped, in the extension: content-script tasks and the frames they caused (whole) | | ${median(runs.map((x) => x.totalMs + x.framesMs)).toFixed(1)} | | | frames ${median(runs.map((x) => x.framesMs)).toFixed(1)} ms |`);
    }
  } finally {
    await ext.close();
    await server.close();
  }
  return rows;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

// ---- runs ------------------------------------------------------------------------------------------------------------

async function bundle(file: string): Promise<string> {
  const out = await build({
    configFile: false,
    logLevel: 'warn',
    build: { write: false, minify: true, lib: { entry: join(ROOT, file), formats: ['iife'], name: 'soiSoBenchBundle' } },
  });
  const result = Array.isArray(out) ? out[0]! : out;
  const chunk = (result as { output: { type: string; code?: string }[] }).output.find((o) => o.type === 'chunk');
  if (!chunk?.code) throw new Error('bundling the benchmark entry produced no code');
  return chunk.code;
}

/** TRACE_OUT=DIR: every trace of the injected view and the pair, in the order taken, for reading them apart. */
let traceCount = 0;

async function traced<T>(browser: Browser, page: Page, fn: () => Promise<T>): Promise<{ value: T; totalMs: number; longestMs: number; longestWallMs: number }> {
  await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', ...(process.env.TRACE_CATS ? process.env.TRACE_CATS.split(',') : [])] });
  const value = await fn();
  // Let the renderer flush the trace events of the task that just ended.
  await page.waitForTimeout(300);
  const trace = await browser.stopTracing();
  if (process.env.TRACE_OUT) {
    mkdirSync(process.env.TRACE_OUT, { recursive: true });
    writeFileSync(join(process.env.TRACE_OUT, `trace-${String(traceCount++).padStart(3, '0')}.json`), trace);
  }
  return { value, ...mainThreadTasks(trace) };
}

/** `traced` for the pair's puppeteer pages. */
async function tracedPuppeteer<T>(page: PuppeteerPage, fn: () => Promise<T>): Promise<{ value: T; totalMs: number; longestMs: number; longestWallMs: number }> {
  await page.tracing.start({ categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', ...(process.env.TRACE_CATS ? process.env.TRACE_CATS.split(',') : [])] });
  const value = await fn();
  await new Promise((r) => setTimeout(r, 300));
  const trace = Buffer.from((await page.tracing.stop())!);
  if (process.env.TRACE_OUT) {
    mkdirSync(process.env.TRACE_OUT, { recursive: true });
    writeFileSync(join(process.env.TRACE_OUT, `trace-${String(traceCount++).padStart(3, '0')}.json`), trace);
  }
  return { value, ...mainThreadTasks(trace) };
}

/** The "evaluation counted" pair on one page: ours (the shipped content script) and mark.js, each with the
 *  evaluation of its own bundle inside the window, on fresh loads taking turns; medians of RUNS after one warm-up each. */
async function honestRows(url: string, label: string, codes: { ours: string; oursBytes: number; packageFiles: { path: string; code: string }[]; markJs: string; worker: string; standIns: string },
  ranges: { start: number; length: number }[]): Promise<string[]> {
  type Run = { totalMs: number; longestMs: number; longestWallMs: number; value: { wallMs: number; marked: number } };
  let coverageTaken = false;
  // Driven by puppeteer-core, which can leave DevTools' Network domain off (Playwright turns it on for every page).
  // With it on, every request a page's script makes takes a full JavaScript stack for the request's initiator, line
  // numbers and all (V8.CollectSourcePositions for each frame), and reports the request over the DevTools session: a
  // cost on the page's main thread that a reader without DevTools open never pays, and that only ours paid in the
  // window (its import() of the page code; mark.js inline makes no request). HONEST_NETWORK=1 turns it on again, to
  // compare (BENCHMARKS.md, "Content script", session 21).
  const browser = await puppeteer.launch({
    executablePath: await ensureChromium(), headless: true, networkEnabled: Boolean(process.env.HONEST_NETWORK),
    args: [...CHROMIUM_ARGS, `--host-resolver-rules=${hostResolverRules(['*'])}`, ...(process.env.CHROMIUM_EXTRA_ARGS ? process.env.CHROMIUM_EXTRA_ARGS.split(' ') : [])],
  });
  const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));
  const one = async (which: 'ours' | 'markJs'): Promise<Run> => {
    const page = await browser.newPage();
    page.on('pageerror', (e) => console.error(`page error: ${String(e)}`));
    await page.goto(url);
    // The manifest's declared highlight rules, on both pages (as in the injected view).
    await page.addStyleTag({ content: declaredCss });
    // The same stand-ins on both pages (bench/content-script-honest-stand-ins.ts), ready before the clock.
    await page.evaluate((a) => void ((globalThis as unknown as { soiSoHonestArgs: unknown }).soiSoHonestArgs = a),
      { packageUrl: new URL('/soi-so-package/', url).href, warmTexts: process.env.HONEST_COLD_WORKER ? [] : WARM_TEXTS, workerCode: codes.worker, code: which === 'ours' ? codes.ours : codes.markJs, ranges,
        src: which === 'markJs' && process.env.MARKJS_FILE ? new URL(`/soi-so-mark-js.js?load=${Math.random()}`, url).href : undefined });
    await page.addScriptTag({ content: codes.standIns });
    await page.evaluate(() => (globalThis as unknown as { soiSoHonest: { ready: Promise<void> } }).soiSoHonest.ready);
    await pause(100);
    // COVERAGE_OUT=FILE: which functions of our script a first visit calls (V8's precise coverage of the warm-up load,
    // function granularity), written as [start, end, count, source head] per function, for compile-hint experiments.
    const coverage = which === 'ours' && process.env.COVERAGE_OUT && !coverageTaken ? await page.createCDPSession() : undefined;
    if (coverage) {
      coverageTaken = true;
      await coverage.send('Profiler.enable');
      await coverage.send('Profiler.startPreciseCoverage', { callCount: true, detailed: false });
    }
    let timeout: ReturnType<typeof setTimeout> | undefined;
    const run = await tracedPuppeteer(page, () => Promise.race([
      page.evaluate(() => (globalThis as unknown as { soiSoHonest: { run(): Promise<{ wallMs: number }> } }).soiSoHonest.run()),
      new Promise<never>((_, reject) => (timeout = setTimeout(() => reject(new Error(`${which}: not done after 10 s (painted fewer than ${ranges.length} ranges?)`)), 10_000))),
    ]));
    clearTimeout(timeout);
    if (coverage) {
      const { result } = await coverage.send('Profiler.takePreciseCoverage') as { result: { url: string; scriptId: string; functions: { functionName: string; ranges: { startOffset: number; endOffset: number; count: number }[] }[] }[] };
      // The page code the content script imports (since session 19), else the content script itself.
      const app = codes.packageFiles.find((f) => f.path.endsWith('/app.js'));
      const source = app?.code ?? codes.ours;
      const script = app ? result.find((r) => r.url.includes(app.path)) : result.find((r) => r.functions.some((f) => f.ranges[0]!.endOffset === codes.ours.length || f.ranges[0]!.endOffset === codes.ours.length - 1));
      if (!script) throw new Error('COVERAGE_OUT: the content script is not in the coverage');
      const fns = script.functions.map((f) => [f.ranges[0]!.startOffset, f.ranges[0]!.endOffset, f.ranges[0]!.count, source.slice(f.ranges[0]!.startOffset, f.ranges[0]!.startOffset + 40)] as const);
      writeFileSync(process.env.COVERAGE_OUT!, JSON.stringify(fns));
      await coverage.detach();
    }
    // Checked after the window, not in it: ours took one answer and painted every range by then, mark.js marked them.
    await pause(200);
    const [marked, answers] = await page.evaluate((w) => {
      const h = (globalThis as unknown as { soiSoHonest: { painted(): number; answers(): number } }).soiSoHonest;
      return w === 'ours' ? [h.painted(), h.answers()] : [document.querySelectorAll('mark[data-markjs]').length, 0];
    }, which);
    if (marked !== ranges.length || (which === 'ours' && answers !== 1)) {
      throw new Error(`${which}: ${marked} of ${ranges.length} ranges, ${answers} answers (the pair is for a page the background answers at once)`);
    }
    await page.close();
    return { ...run, value: { ...run.value, marked } };
  };
  const lists: Record<'ours' | 'markJs', Run[]> = { ours: [], markJs: [] };
  try {
    await one('ours');
    await one('markJs');
    for (let r = 0; r < RUNS; r++) {
      lists.ours.push(await one('ours'));
      lists.markJs.push(await one('markJs'));
    }
  } finally {
    await browser.close();
  }
  const row = (what: string, unit: string, list: Run[]) =>
    `| ${label} | ${what} | ${list[0]!.value.marked} ${unit} | ${median(list.map((x) => x.totalMs)).toFixed(1)} | ${median(list.map((x) => x.longestMs)).toFixed(1)} (worst ${Math.max(...list.map((x) => x.longestMs)).toFixed(1)}) | ${median(list.map((x) => x.longestWallMs)).toFixed(1)} | ${median(list.map((x) => x.value.wallMs)).toFixed(0)} |`;
  return [
    row(`Soi Số as shipped, its content script's evaluation counted (${(codes.oursBytes / 1024).toFixed(1)} kB)`, 'ranges', lists.ours),
    row(`mark.js markRanges, same ranges, its bundle's evaluation counted (${(codes.markJs.length / 1024).toFixed(1)} kB${process.env.MARKJS_FILE ? ', from a file' : ''})`, '<mark>', lists.markJs),
  ];
}

/** The shipped content script: the manifest's file in HONEST_DIST (default dist/), the package's web-accessible
 *  scripts it may import (served to it under /soi-so-package/ by the fixture server), and how many bytes of script a
 *  first visit loads (the content script and, since session 19, the page code it imports: page/app.js). */
function shippedContentScript(): { ours: string; oursBytes: number; packageFiles: { path: string; code: string }[] } {
  const dist = resolve(ROOT, process.env.HONEST_DIST ?? 'dist');
  const file = join(dist, 'manifest.json');
  if (!existsSync(file)) throw new Error(`no built extension in ${dist} (npm run build first, or SKIP_HONEST=1)`);
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as { content_scripts: { js: string[] }[]; web_accessible_resources?: { resources: string[] }[] };
  const ours = readFileSync(join(dist, manifest.content_scripts[0]!.js[0]!), 'utf8');
  const packageFiles = (manifest.web_accessible_resources ?? []).flatMap((w) => w.resources).filter((f) => f.endsWith('.js'))
    .map((path) => ({ path, code: readFileSync(join(dist, path), 'utf8') }));
  const app = packageFiles.find((f) => f.path.endsWith('/app.js'));
  return { ours, oursBytes: ours.length + (app?.code.length ?? 0), packageFiles };
}

type Ours = { wallMs: number; slicesMs: number; longestSliceMs: number; figures: number; markRanges: { start: number; length: number }[] };

async function main() {
  const code = await bundle('bench/content-script-entry.ts');
  const workerCode = await bundle('bench/content-script-worker.ts');
  const honest = process.env.SKIP_HONEST ? undefined : { ...shippedContentScript(), markJs: await bundle('bench/content-script-mark-js-entry.ts'), worker: workerCode, standIns: await bundle('bench/content-script-honest-stand-ins.ts') };
  const dir = mkdtempSync(join(tmpdir(), 'soi-so-bench-'));
  const typical = articlePage(10 * 1024, undefined);
  const large = articlePage(undefined, 1024 * 1024);
  writeFileSync(join(dir, 'typical.html'), typical.html);
  writeFileSync(join(dir, 'large.html'), large.html);
  if (honest) writeFileSync(join(dir, 'soi-so-mark-js.js'), honest.markJs);
  for (const f of honest?.packageFiles ?? []) {
    mkdirSync(dirname(join(dir, 'soi-so-package', f.path)), { recursive: true });
    writeFileSync(join(dir, 'soi-so-package', f.path), f.code);
  }
  const server = await serveFixtures(dir);
  const browser = await chromium.launch({ executablePath: await ensureChromium(), headless: true, args: [...CHROMIUM_ARGS, `--host-resolver-rules=${hostResolverRules(['*'])}`, ...(process.env.CHROMIUM_EXTRA_ARGS ? process.env.CHROMIUM_EXTRA_ARGS.split(' ') : [])] });
  const rows: string[] = [];
  const labels: { name: string; label: string }[] = [];
  const version = browser.version();
  const load = async (url: string): Promise<Page> => {
    const page = await browser.newPage();
    page.on('pageerror', (e) => console.error(`page error: ${String(e)}`));
    await page.goto(url);
    // The highlight rules the manifest declares, there before any work is measured (the browser adds them before the
    // page's first style calculation); on mark.js's pages too, as on any page the extension is installed for.
    if (process.env.STYLES !== 'added') {
      await page.addStyleTag({ content: declaredCss });
      await page.evaluate(() => document.documentElement.setAttribute('data-soi-so-declared-css', ''));
    }
    await page.addScriptTag({ content: code });
    await page.waitForTimeout(100);
    return page;
  };
  if (process.env.DEBUG_PHASES) {
    for (let i = 0; i < 3; i++) {
      const page = await load(server.url('baodongkhoi.vn', '/typical.html'));
      console.error(await page.evaluate(() => (globalThis as unknown as { soiSoBench: { phases(): unknown } }).soiSoBench.phases()));
      await page.close();
    }
  }
  type Bench = {
    runContentScript(mode: string, worker: string): Promise<Omit<Ours, 'figures' | 'markRanges'>>;
    painted(): Pick<Ours, 'figures' | 'markRanges'>;
    runMarkJs(r: unknown): Promise<{ ms: number; marked: number }>;
    runPainterOnly(r: unknown): Promise<{ ms: number; marked: number }>;
  };
  try {
    for (const [name, pageInfo] of [['typical', typical], ['large', large]] as const) {
      if (process.env.ONLY_PAGE && process.env.ONLY_PAGE !== name) continue;
      const url = server.url('baodongkhoi.vn', `/${name}.html`);
      const sizeKb = Buffer.byteLength(pageInfo.html, 'utf8') / 1024;
      const label = `${name} (${sizeKb.toFixed(0)} KB HTML, ${(pageInfo.textBytes / 1024).toFixed(0)} KB article text)`;
      labels.push({ name, label });
      if (process.env.ONLY_EXTENSION) continue;
      type Run<T> = { totalMs: number; longestMs: number; longestWallMs: number; value: T };
      const ours = async (mode: 'background' | 'in-page'): Promise<Run<Ours>> => {
        const page = await load(url);
        const traceRun = await traced(browser, page, () => page.evaluate(([m, w]) => (globalThis as unknown as { soiSoBench: Bench }).soiSoBench.runContentScript(m, w), [mode, workerCode] as const));
        const painted = await page.evaluate(() => (globalThis as unknown as { soiSoBench: Bench }).soiSoBench.painted());
        const run = { ...traceRun, value: { ...traceRun.value, ...painted } };
        if (process.env.DEBUG_TRACE) console.error(`${name} ${mode}: refresh slices ${run.value.slicesMs.toFixed(1)} ms, longest slice ${run.value.longestSliceMs.toFixed(1)} ms, wall ${run.value.wallMs.toFixed(0)} ms`);
        await page.close();
        return run;
      };
      const marking = async (runner: 'runPainterOnly' | 'runMarkJs', ranges: Ours['markRanges']): Promise<Run<{ ms: number; marked: number }>> => {
        const page = await load(url);
        const m = await traced(browser, page, () => page.evaluate(([runner, ranges]) => (globalThis as unknown as { soiSoBench: Bench }).soiSoBench[runner](ranges), [runner, ranges] as const));
        await page.close();
        return m;
      };
      scriptLog.length = 0;
      const modes = process.env.SKIP_IN_PAGE ? (['background'] as const) : (['background', 'in-page'] as const);
      // One load of each warms up the browser's caches and is not counted; the first gives the ranges the others paint.
      const ranges = (await ours('background')).value.markRanges;
      if (process.env.ONLY_HONEST) {
        if (name === 'typical') rows.push(...(await honestRows(url, label, honest!, ranges)));
        continue;
      }
      for (const mode of modes.slice(1)) await ours(mode);
      await marking('runPainterOnly', ranges);
      await marking('runMarkJs', ranges);
      // The counted loads take turns (ours, the painter alone, mark.js), so a change in the machine's load falls on
      // each alike instead of on whichever ran last.
      const runs = new Map<string, Run<Ours>[]>(modes.map((m) => [m, []]));
      const marks = new Map<string, Run<{ ms: number; marked: number }>[]>([['runPainterOnly', []], ['runMarkJs', []]]);
      for (let r = 0; r < RUNS; r++) {
        for (const mode of modes) runs.get(mode)!.push(await ours(mode));
        for (const [runner, list] of marks) list.push(await marking(runner as 'runPainterOnly' | 'runMarkJs', ranges));
      }
      if (process.env.SCRIPT_TASKS) {
        // scriptLog holds this page's loads in order: the warm-ups (ours in each mode, the painter, mark.js), then per
        // round ours in each mode, the painter, mark.js. Ours is the mode 'background' (the first).
        const counted = scriptLog.slice(modes.length + 2).filter((_, i) => i % (modes.length + 2) === 0 || i % (modes.length + 2) >= modes.length);
        const pick = (k: number) => counted.filter((_, i) => i % 3 === k);
        const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
        console.error(`script tasks (no frames): ours ${med(pick(0)).toFixed(2)} painter ${med(pick(1)).toFixed(2)} mark.js ${med(pick(2)).toFixed(2)}; ours all: ${pick(0).map((x) => x.toFixed(2)).join(' ')}`);
      }
      for (const [mode, list] of runs) {
        rows.push(`| ${label} | Soi Số, extractor ${mode === 'background' ? 'in the background (as shipped)' : 'in the page (not shipped; shows why)'} | ${list[0]!.value.figures} ranges | ${median(list.map((x) => x.totalMs)).toFixed(1)} | ${median(list.map((x) => x.longestMs)).toFixed(1)} (worst ${Math.max(...list.map((x) => x.longestMs)).toFixed(1)}) | ${median(list.map((x) => x.longestWallMs)).toFixed(1)} | ${median(list.map((x) => x.value.wallMs)).toFixed(0)} |`);
      }
      for (const [runner, list] of marks) {
        const what = runner === 'runMarkJs' ? 'mark.js markRanges, same ranges' : 'Soi Số painter alone, same ranges (like for like)';
        rows.push(`| ${label} | ${what} | ${list[0]!.value.marked} ${runner === 'runMarkJs' ? '<mark>' : 'ranges'} | ${median(list.map((x) => x.totalMs)).toFixed(1)} | ${median(list.map((x) => x.longestMs)).toFixed(1)} (worst ${Math.max(...list.map((x) => x.longestMs)).toFixed(1)}) | ${median(list.map((x) => x.longestWallMs)).toFixed(1)} | ${median(list.map((x) => x.value.ms)).toFixed(0)} |`);
      }
      if (honest && name === 'typical') rows.push(...(await honestRows(url, label, honest, ranges)));
    }
  } finally {
    await browser.close();
    await server.close();
  }
  try {
    if (!process.env.SKIP_EXTENSION) rows.push(...(await extensionRows(labels, dir)));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  if (process.env.DEBUG_LAPS) {
    // Only loads whose page code carried laps (ours), and the end mark left out of the sums.
    const runs = lapLog.filter((r) => r.length > 3);
    if (!runs.length) console.error("DEBUG_LAPS: no loads with console.timeStamp('lap:…') marks in the page code");
    else {
      const tot = (r: string[], k: number) => r.reduce((a, x) => a + Number(x.split(' ')[k]), 0);
      const sorted = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
      console.error(`laps: total median ${sorted(runs.map((r) => tot(r.slice(0, -1), 1))).toFixed(3)}, compile ${sorted(runs.map((r) => tot(r.slice(0, -1), 2))).toFixed(3)}`);
      const names = runs[0]!.map((x) => x.split(' ')[0]);
      for (let i = 0; i < names.length; i++) {
        const vals = runs.map((r) => Number(r[i]?.split(' ')[1] ?? NaN)).sort((a, b) => a - b);
        const comp = runs.map((r) => Number(r[i]?.split(' ')[2] ?? NaN)).sort((a, b) => a - b);
        const cnt = runs.map((r) => Number(r[i]?.split(' ')[3] ?? NaN)).sort((a, b) => a - b);
        console.error(`${names[i]!.padEnd(20)} median ${vals[Math.floor(vals.length / 2)]!.toFixed(3)}  min ${vals[0]!.toFixed(3)}  compile ${comp[Math.floor(comp.length / 2)]!.toFixed(3)} x${cnt[Math.floor(cnt.length / 2)]}`);
      }
    }
  }
  console.log(`Chromium ${version}; medians of ${RUNS} fresh page loads; CPU time of the renderer main thread's tasks\n`);
  console.log('| page | what | marks | main-thread ms (CPU) | longest task ms (CPU) | longest task ms (wall) | wall ms, start to last highlight |');
  console.log('|---|---|---|---|---|---|---|');
  for (const r of rows) console.log(r);
}

await main();
