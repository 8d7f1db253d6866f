// Library (IndexedDB) benchmark in Chromium with the built extension:
//   npm run build && npx tsx bench/library-bench.ts [--figures 100000] [--runs 50] [--round-trip] [--profile DIR]
// Seeds the library (import-json), then times, from an extension page (so each number includes
// the message round trip a popup or content script pays): saving one new article of 50 figures, a series query,
// two searches, and a full JSON export, in one message and streamed over the port by the library page's own client
// (src/messages/transfer-client.ts, bundled into the page). --round-trip also times export → clear → import over
// the port and checks the re-exported file has the same SHA-256 (the way past the 64 MiB message cap).
// --profile DIR keeps the browser profile (a second run with the same DIR skips seeding; for development only:
// the timed saves grow the library). Prints median and p95 in ms.
import { readdirSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { build } from 'esbuild';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, DIST, ensureChromium } from '../test/browser/support/index.ts';
import { EXPORT_KEYS } from '../src/background/library/export-json.ts';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const TOTAL = arg('figures', 100_000);
const RUNS = arg('runs', 50);
const ROUND_TRIP = process.argv.includes('--round-trip');
const KEEP = process.argv.includes('--profile') ? process.argv[process.argv.indexOf('--profile') + 1]! : undefined;
const PER_ARTICLE = 50;
const dist = process.env.SOI_SO_DIST ?? DIST;

// The library page's transfer client, as the page runs it (an evaluate is not subject to the page's CSP).
/** CPU time (user + system) of every process of the Chromium that uses `profile`, in ms, in all and by process type. */
function chromeCpu(profileDir: string): { all: number; byType: Record<string, number> } {
  const procs = readdirSync('/proc').filter((d) => /^\d+$/.test(d)).flatMap((pid) => {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const type = /--type=([\w-]+)/.exec(readFileSync(`/proc/${pid}/cmdline`, 'utf8'))?.[1] ?? 'browser';
      return [{ pid: Number(pid), ppid: Number(f[1]), ticks: Number(f[11]) + Number(f[12]), type }];
    } catch { return []; }
  });
  const root = procs.filter((p) => {
    try { return readFileSync(`/proc/${p.pid}/cmdline`, 'utf8').includes(profileDir); } catch { return false; }
  }).map((p) => p.pid);
  const tree = new Set(root);
  for (let grew = true; grew;) {
    grew = false;
    for (const p of procs) if (!tree.has(p.pid) && tree.has(p.ppid)) { tree.add(p.pid); grew = true; }
  }
  const byType: Record<string, number> = {};
  let all = 0;
  for (const p of procs) {
    if (!tree.has(p.pid)) continue;
    byType[p.type] = (byType[p.type] ?? 0) + p.ticks * 10;
    all += p.ticks * 10;
  }
  return { all, byType };
}

const client = (await build({
  entryPoints: [new URL('../src/messages/transfer-client.ts', import.meta.url).pathname],
  bundle: true, format: 'iife', globalName: '__soiTransfer', write: false, target: 'chrome120',
})).outputFiles[0]!.text + ';globalThis.__soiTransfer = __soiTransfer;';

const canonical = (await build({
  entryPoints: [new URL('../src/background/library/canonical-records.ts', import.meta.url).pathname],
  bundle: true, format: 'iife', globalName: '__soiCanonical', write: false, target: 'chrome120',
})).outputFiles[0]!.text + ';globalThis.__soiCanonical = __soiCanonical;';

const profile = KEEP ?? await mkdtemp(join(tmpdir(), 'soi-so-bench-'));
if (KEEP) await mkdir(KEEP, { recursive: true });
const context = await chromium.launchPersistentContext(profile, {
  executablePath: await ensureChromium(), headless: true,
  args: [`--disable-extensions-except=${dist}`, `--load-extension=${dist}`, ...CHROMIUM_ARGS],
});
try {
  const sw = context.serviceWorkers()[0] ?? await context.waitForEvent('serviceworker');
  const id = new URL(sw.url()).host;
  const page = await context.newPage();
  await page.goto(`chrome-extension://${id}/src/popup/index.html`);
  // tsx names inner functions with an `__name` helper that the page does not have.
  await page.evaluate('globalThis.__name = (f) => f');
  await page.evaluate(client);
  const chromeInfo = await page.evaluate(() => navigator.userAgent.match(/Chrome\/[\d.]+/)?.[0] ?? 'Chrome');

  const t0 = Date.now();
  const loadStart = loadavg().map((x) => x.toFixed(2)).join(' ');
  const result = await page.evaluate(async ({ total, perArticle, runs }) => {
    type Rt = { sendMessage(m: unknown): Promise<{ ok: boolean; error?: string; data?: unknown }> };
    const rt = (globalThis as unknown as { chrome: { runtime: Rt } }).chrome.runtime;
    const INDICATORS = ['poverty_rate', 'grdp_growth', 'budget_revenue', 'export_value', 'retail_sales', 'social_investment',
      'tourist_arrivals', 'new_enterprises', 'health_insurance_coverage', 'jobs_created', 'rice_output', 'fdi', 'cpi',
      'new_rural_communes', 'traffic_accidents', 'crime', 'forest_cover', 'clean_water_rate', 'ocop_products', 'labour_export'];
    const PROVINCES = Array.from({ length: 63 }, (_, i) => `tỉnh số ${i + 1}`);
    const PERIODS = ['2019', '2020', '2021', '2022', '2023', '2023-H1', '2023-9M', '2024', '2024-Q1', '2024-H1'];
    const MODALITIES = ['actual', 'estimate', 'target'];
    // Deterministic pseudo-random numbers, so every run stores the same library.
    let seed = 42;
    const rnd = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
    const pick = <T,>(xs: T[]) => xs[Math.floor(rnd() * xs.length)]!;
    const request = (n: number) => {
      const province = pick(PROVINCES);
      const figures = Array.from({ length: perArticle }, (_, i) => {
        const v = Math.round(rnd() * 10000) / 100;
        const text = `${String(v).replace('.', ',')}%`;
        return {
          start: i * 120, end: i * 120 + text.length, text, kind: 'level', value: v, unit: '%', indicator: pick(INDICATORS),
          locality: province, period: pick(PERIODS), modality: pick(MODALITIES),
          anchor: { exact: text, prefix: `đoạn ${i}: tỷ lệ hộ nghèo của ${province} đạt `, suffix: ', tăng so với cùng kỳ' },
        };
      });
      return {
        type: 'save-article', extractorVersion: '1.0.0', figures,
        article: { url: `https://bao${n % 40}.vn/tin/${n}.html`, site: `bao${n % 40}.vn`, headline: `Kinh tế - xã hội ${province} bài ${n}`, published: `2023-${String(1 + (n % 12)).padStart(2, '0')}-15` },
      };
    };
    const call = async (m: unknown) => {
      const r = await rt.sendMessage(m);
      if (!r.ok) throw new Error(`${(m as { type: string }).type}: ${r.error}`);
      return r.data;
    };
    const articles = Math.ceil(total / perArticle);
    const stored = (await call({ type: 'counts' }) as { figures: number }).figures;
    // Seeding goes through import-json (the same records save-article writes, 200 articles a file), which is far
    // quicker than 2,000 saves; the timed saves below go through save-article.
    for (let n = stored >= total ? articles : 0; n < articles; n += 200) {
      const file = { format: 'soi-so-library', version: 1, exportedAt: null, articles: [] as unknown[], figures: [] as unknown[], corrections: [], settings: [] };
      for (let k = n; k < Math.min(articles, n + 200); k++) {
        const r = request(k);
        const id = r.article.url;
        file.articles.push({ ...r.article, id, firstSeen: 1, lastSeen: 1, extractorVersion: '1.0.0' });
        r.figures.forEach((f, i) => file.figures.push({ ...f, id: `fb${k}x${i}`, articleId: id, seriesKey: `${f.indicator}|${f.locality}`, extractorVersion: '1.0.0', origin: 'machine' }));
      }
      await call({ type: 'import-json', json: JSON.stringify(file) });
    }
    const time = async (label: string, times: number, make: (i: number) => unknown) => {
      const ms: number[] = [];
      for (let i = 0; i < times; i++) {
        const m = make(i);
        const t = performance.now();
        await call(m);
        ms.push(performance.now() - t);
      }
      ms.sort((a, b) => a - b);
      const q = (p: number) => ms[Math.min(ms.length - 1, Math.ceil(p * ms.length) - 1)]!;
      return { label, runs: times, median: q(0.5), p95: q(0.95) };
    };
    const counts = await call({ type: 'counts' });
    const series = await call({ type: 'get-series', seriesKey: `poverty_rate|${PROVINCES[0]}` }) as unknown[];
    const again = request(articles + runs);
    await call(again);
    const rows = [
      await time('ping (message round trip only)', runs, () => ({ type: 'ping' })),
      await time('save one article of 50 figures (new)', runs, (i) => request(articles + i)),
      await time('save the same article again (reload)', runs, () => again),
      await time(`series query (${series.length} figures)`, runs, (i) => ({ type: 'get-series', seriesKey: `${INDICATORS[i % INDICATORS.length]}|${PROVINCES[i % 63]}` })),
      await time('compare-figures (popup: an article of 50 figures)', runs, (i) => ({ type: 'compare-figures', url: `https://bao${i % 40}.vn/tin/${i}.html` })),
      await time('search: indicator + words, first 50', runs, (i) => ({ type: 'search', query: { indicator: INDICATORS[i % INDICATORS.length], text: 'kinh te', limit: 50 } })),
      await time('search: words only (scans every figure), first 50', Math.min(runs, 10), (i) => ({ type: 'search', query: { text: `bai ${100 + i}`, limit: 50 } })),
    ];
    return { counts, rows };
  }, { total: TOTAL, perArticle: PER_ARTICLE, runs: RUNS });

  // Exports and imports, timed from here so each run also gets the CPU time all of Chromium's processes spent on it
  // (from /proc): on a shared machine wall time mostly measures the neighbours, CPU time does not.
  await page.evaluate(() => {
    const g = globalThis as unknown as { __connect: () => unknown; chrome: { runtime: { connect(o: { name: string }): unknown } } };
    g.__connect = () => g.chrome.runtime.connect({ name: 'soi-so-transfer' });
  });
  type Client = {
    exportLibrary(c: () => unknown, kind: 'json', encoding: string): Promise<{ ok: boolean; error?: string; data?: { blob: Blob } }>;
    importLibrary(c: () => unknown, file: Blob): Promise<{ ok: boolean; error?: string }>;
  };
  type G = { __soiTransfer: Client; __connect: () => unknown; __blob?: Blob; chrome: { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean; error?: string; data?: { text: string } }> } } };
  const exportOverPort = (encoding: string) => page.evaluate(async (enc) => {
    const g = globalThis as unknown as G;
    const r = await g.__soiTransfer.exportLibrary(g.__connect, 'json', enc);
    if (!r.ok) throw new Error(`export over the port: ${r.error}`);
    g.__blob = r.data!.blob;
    return r.data!.blob.size;
  }, encoding);
  // The page needs a Blob for the download either way, so the one-message export is timed until it has one too.
  const exportInOneMessage = () => page.evaluate(async () => {
    const r = await (globalThis as unknown as G).chrome.runtime.sendMessage({ type: 'export-json' });
    if (!r.ok) throw new Error(r.error);
    return new Blob([r.data!.text], { type: 'application/json' }).size;
  });
  type Sample = { wall: number[]; cpu: number[]; byType: Record<string, number[]> };
  const sample = async (into: Sample, work: () => Promise<unknown>) => {
    const c = chromeCpu(profile);
    const t = performance.now();
    await work();
    into.wall.push(performance.now() - t);
    const d = chromeCpu(profile);
    into.cpu.push(d.all - c.all);
    for (const [k, v] of Object.entries(d.byType)) (into.byType[k] ??= []).push(v - (c.byType[k] ?? 0));
  };
  const summary = (label: string, x: Sample) => {
    const q = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil(p * xs.length) - 1)]!;
    const split = Object.entries(x.byType).filter(([, v]) => q(v, 0.5) > 0).map(([k, v]) => `${k} ${q(v, 0.5)}`).join(', ');
    return { label, runs: x.wall.length, median: q(x.wall, 0.5), p95: q(x.wall, 0.95), cpu: q(x.cpu, 0.5), split };
  };
  const timed = async (label: string, runs: number, work: () => Promise<unknown>) => {
    const x: Sample = { wall: [], cpu: [], byType: {} };
    for (let i = 0; i < runs; i++) await sample(x, work);
    return summary(label, x);
  };
  /** The variants take turns, run by run, so each meets the same machine (load, garbage left by the one before). */
  const interleaved = async (runs: number, variants: { label: string; work: () => Promise<unknown> }[]) => {
    const xs = variants.map(() => ({ wall: [], cpu: [], byType: {} }) as Sample);
    for (let i = 0; i < runs; i++) for (const [k, v] of variants.entries()) await sample(xs[k]!, v.work);
    return variants.map((v, k) => summary(v.label, xs[k]!));
  };
  const exportBytes = await exportOverPort('text');
  const transfers = [];
  // One message is capped at 64 MiB: past ~120,000 figures it is refused, which is what the port is for.
  const oneMessageFits = await exportInOneMessage().then(() => true, (e: unknown) => {
    transfers.push({ label: `full JSON export, one message: fails (${String(e).replace(/^.*Error: /, '').slice(0, 60)})`, runs: 0, median: NaN, p95: NaN, cpu: NaN, split: '' });
    return false;
  });
  await exportOverPort('gzip-base64');
  transfers.push(...await interleaved(7, [
    ...(oneMessageFits ? [{ label: 'full JSON export, one message, then a Blob in the page', work: exportInOneMessage }] : []),
    { label: `full JSON export streamed over the port, parts as text, a Blob in the page (${(exportBytes / 1e6).toFixed(1)} MB)`, work: () => exportOverPort('text') },
    { label: 'full JSON export streamed over the port, each part gzipped (the library page\'s default)', work: () => exportOverPort('gzip-base64') },
  ]));
  let roundTrip: string | undefined;
  if (ROUND_TRIP) {
    const sha = () => page.evaluate(async () => Array.from(new Uint8Array(await crypto.subtle.digest('SHA-256', await (globalThis as unknown as G).__blob!.arrayBuffer())),
      (x) => x.toString(16).padStart(2, '0')).join(''));
    await exportOverPort('text');
    const first = await sha();
    await page.evaluate(() => (globalThis as unknown as G).chrome.runtime.sendMessage({ type: 'clear-all', confirm: true }));
    transfers.push(await timed(`import of that file over the port (${(exportBytes / 1e6).toFixed(1)} MB): checked whole, one transaction`, 1, () => page.evaluate(async () => {
      const g = globalThis as unknown as G;
      const r = await g.__soiTransfer.importLibrary(g.__connect, g.__blob!);
      if (!r.ok) throw new Error(`import over the port: ${r.error}`);
    })));
    await exportOverPort('text');
    roundTrip = `${(exportBytes / 2 ** 20).toFixed(1)} MiB file, re-export ${(await sha()) === first ? 'has the same SHA-256' : 'DIFFERS'}`;
  }

  // Where export time goes: the same read and serialisation timed inside the service worker (a read-only probe),
  // serialised the old way (allow-list replacer) and the exporter's way (canonical records, bundled in as the worker
  // has them), which must give the same text.
  const sw2 = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ?? await context.waitForEvent('serviceworker');
  await sw2.evaluate('globalThis.__name = (f) => f');
  await sw2.evaluate(canonical);
  const inWorker = await sw2.evaluate(async (keys) => {
    const { canonicalFigure } = (globalThis as unknown as { __soiCanonical: { canonicalFigure: (f: unknown) => object } }).__soiCanonical;
    const db = await new Promise<IDBDatabase>((res, rej) => { const r = indexedDB.open('soi-so-library'); r.onsuccess = () => res(r.result); r.onerror = () => rej(r.error); });
    const rows: { label: string; ms: number }[] = [];
    for (let i = 0; i < 3; i++) {
      const t = performance.now();
      const all = await new Promise<unknown[]>((res, rej) => { const r = db.transaction('figures').objectStore('figures').getAll(); r.onsuccess = () => res(r.result); r.onerror = () => rej(r.error); });
      const read = performance.now() - t;
      const old = all.map((x) => JSON.stringify(x, keys)).join(',\n');
      const replaced = performance.now();
      const text = all.map((x) => JSON.stringify(canonicalFigure(x))).join(',\n');
      if (text !== old) throw new Error('canonical records and the replacer give different text');
      rows.push({ label: `read ${all.length} figures`, ms: read },
        { label: `serialise them with the allow-list replacer (before; ${(old.length / 1e6).toFixed(1)} M chars)`, ms: replaced - t - read },
        { label: 'serialise them as canonical records (now)', ms: performance.now() - replaced });
    }
    db.close();
    return rows;
  }, EXPORT_KEYS);
  for (const r of inWorker) console.log(`in the worker: ${r.label}: ${r.ms.toFixed(0)} ms`);
  console.log(`load average (1, 5, 15 min) at start ${loadStart}, at end ${loadavg().map((x) => x.toFixed(2)).join(' ')}`);
  console.log(`${chromeInfo}, ${JSON.stringify(result.counts)}, seeded in ${((Date.now() - t0) / 1000).toFixed(1)} s (incl. runs); export ${(exportBytes / 1e6).toFixed(1)} MB`);
  if (roundTrip) console.log(`round trip over the port: ${roundTrip}`);
  console.log('| operation | runs | median | p95 |');
  console.log('|---|---|---|---|');
  const ms = (x: number) => (Number.isNaN(x) ? '—' : `${x.toFixed(1)} ms`);
  for (const r of result.rows) console.log(`| ${r.label} | ${r.runs} | ${ms(r.median)} | ${ms(r.p95)} |`);
  console.log('\n| transfer | runs | median | p95 | Chromium CPU (median) |');
  console.log('|---|---|---|---|---|');
  for (const r of transfers) console.log(`| ${r.label} | ${r.runs} | ${ms(r.median)} | ${ms(r.p95)} | ${ms(r.cpu)} |`);
  for (const r of transfers) if ('split' in r) console.log(`CPU by process (median ms): ${r.label}: ${r.split}`);
} finally {
  await context.close();
  if (!KEEP) await rm(profile, { recursive: true, force: true });
}
