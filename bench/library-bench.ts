// Library (IndexedDB) benchmark in Chromium with the built extension:
//   npm run build && npx tsx bench/library-bench.ts [--figures 100000] [--runs 50]
// Seeds the library (import-json), then times, from an extension page (so each number includes
// the message round trip a popup or content script pays): saving one new article of 50 figures, a series query,
// two searches, and a full JSON export. Prints median and p95 in ms.
import { mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, DIST, ensureChromium } from '../test/browser/support/index.ts';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const TOTAL = arg('figures', 100_000);
const RUNS = arg('runs', 50);
const PER_ARTICLE = 50;
const dist = process.env.SOI_SO_DIST ?? DIST;

const profile = await mkdtemp(join(tmpdir(), 'soi-so-bench-'));
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
    // Seeding goes through import-json (the same records save-article writes, 200 articles a file), which is far
    // quicker than 2,000 saves; the timed saves below go through save-article.
    for (let n = 0; n < articles; n += 200) {
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
      await time('full JSON export', 5, () => ({ type: 'export-json' })),
    ];
    // The library page's path (src/messages/library-transfer.ts): the export gzipped, in base64 parts over a port,
    // unpacked in the page. Timed until the page holds the whole JSON text.
    const portMs: number[] = [];
    let portChars = 0;
    for (let i = 0; i < 5; i++) {
      const t = performance.now();
      const joined = await new Promise<string>((resolve, reject) => {
        const port = (globalThis as unknown as { chrome: { runtime: { connect(o: { name: string }): {
          postMessage(m: unknown): void; disconnect(): void; onMessage: { addListener(f: (m: { op: string; index?: number; text?: string }) => void): void } } } } }).chrome.runtime.connect({ name: 'soi-so-transfer' });
        const parts: string[] = [];
        port.onMessage.addListener((m) => {
          if (m.op === 'part') parts[m.index!] = m.text!;
          else if (m.op === 'end') { port.disconnect(); resolve(parts.join('')); }
          else if (m.op !== 'begin') reject(new Error(JSON.stringify(m)));
        });
        port.postMessage({ op: 'export', kind: 'json', encoding: 'gzip-base64' });
      });
      const binary = atob(joined);
      const bytes = new Uint8Array(binary.length);
      for (let k = 0; k < binary.length; k++) bytes[k] = binary.charCodeAt(k);
      const text = await new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'))).text();
      portMs.push(performance.now() - t);
      portChars = joined.length;
      if (text.length < 1000) throw new Error('export over the port came back empty');
    }
    portMs.sort((a, b) => a - b);
    rows.push({ label: `full JSON export, gzip over the port (${(portChars / 1e6).toFixed(1)} M chars on the wire)`, runs: 5, median: portMs[2]!, p95: portMs[4]! });
    const exported = await call({ type: 'export-json' }) as { text: string };
    return { counts, rows, exportBytes: exported.text.length };
  }, { total: TOTAL, perArticle: PER_ARTICLE, runs: RUNS });

  // Where export time goes: the same read and serialisation timed inside the service worker (a read-only probe).
  const sw2 = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ?? await context.waitForEvent('serviceworker');
  await sw2.evaluate('globalThis.__name = (f) => f');
  const inWorker = await sw2.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((res, rej) => { const r = indexedDB.open('soi-so-library'); r.onsuccess = () => res(r.result); r.onerror = () => rej(r.error); });
    const rows: { label: string; ms: number }[] = [];
    for (let i = 0; i < 3; i++) {
      const t = performance.now();
      const all = await new Promise<unknown[]>((res, rej) => { const r = db.transaction('figures').objectStore('figures').getAll(); r.onsuccess = () => res(r.result); r.onerror = () => rej(r.error); });
      const read = performance.now() - t;
      const text = all.map((x) => JSON.stringify(x)).join(',\n');
      rows.push({ label: `read ${all.length} figures`, ms: read }, { label: `serialise them (${(text.length / 1e6).toFixed(1)} M chars)`, ms: performance.now() - t - read });
    }
    db.close();
    return rows;
  });
  for (const r of inWorker) console.log(`in the worker: ${r.label}: ${r.ms.toFixed(0)} ms`);
  console.log(`load average (1, 5, 15 min) at start ${loadStart}, at end ${loadavg().map((x) => x.toFixed(2)).join(' ')}`);
  console.log(`${chromeInfo}, ${JSON.stringify(result.counts)}, seeded in ${((Date.now() - t0) / 1000).toFixed(1)} s (incl. runs); export ${(result.exportBytes / 1e6).toFixed(1)} MB`);
  console.log('| operation | runs | median | p95 |');
  console.log('|---|---|---|---|');
  for (const r of result.rows) console.log(`| ${r.label} | ${r.runs} | ${r.median.toFixed(1)} ms | ${r.p95.toFixed(1)} ms |`);
} finally {
  await context.close();
  await rm(profile, { recursive: true, force: true });
}
