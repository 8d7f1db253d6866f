// Library (IndexedDB) benchmark in Chromium with the built extension:
//   npm run build && npx tsx bench/library-bench.ts [--figures 100000] [--runs 50] [--round-trip] [--profile DIR]
// Seeds the library (import-json), then times, from an extension page (so each number includes
// the message round trip a popup or content script pays): saving one new article of 50 figures, a series query,
// two searches, and a full JSON export, in one message and streamed over the port by the library page's own client
// (src/messages/transfer-client.ts, bundled into the page). --round-trip also times export → clear → import over
// the port and checks the re-exported file has the same SHA-256 (the way past the 64 MiB message cap).
// --profile DIR keeps the browser profile (a second run with the same DIR skips seeding; for development only:
// the timed saves grow the library). Prints median and p95 in ms.
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { build } from 'esbuild';
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
const ROUND_TRIP = process.argv.includes('--round-trip');
const KEEP = process.argv.includes('--profile') ? process.argv[process.argv.indexOf('--profile') + 1]! : undefined;
const PER_ARTICLE = 50;
const dist = process.env.SOI_SO_DIST ?? DIST;

// The library page's transfer client, as the page runs it (an evaluate is not subject to the page's CSP).
const client = (await build({
  entryPoints: [new URL('../src/messages/transfer-client.ts', import.meta.url).pathname],
  bundle: true, format: 'iife', globalName: '__soiTransfer', write: false, target: 'chrome120',
})).outputFiles[0]!.text + ';globalThis.__soiTransfer = __soiTransfer;';

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
  const result = await page.evaluate(async ({ total, perArticle, runs, roundTripWanted }) => {
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
    // One message is capped at 64 MiB: past ~120,000 figures this is refused, which is what the port is for.
    try {
      rows.push(await time('full JSON export, one message', 5, () => ({ type: 'export-json' })));
    } catch (e) {
      rows.push({ label: `full JSON export, one message: fails (${String(e).slice(0, 80)})`, runs: 0, median: NaN, p95: NaN });
    }
    // The library page's path (src/messages/library-transfer.ts): the export streamed over a port, each part posted
    // as soon as its figures are read, assembled into a Blob in the page. Timed until the page holds the Blob.
    type Client = {
      exportLibrary(c: () => unknown, kind: 'json', encoding: string): Promise<{ ok: boolean; error?: string; data?: { blob: Blob } }>;
      importLibrary(c: () => unknown, file: Blob, o?: { encoding?: string }): Promise<{ ok: boolean; error?: string; data?: unknown }>;
    };
    const tc = (globalThis as unknown as { __soiTransfer: Client }).__soiTransfer;
    const connect = () => (globalThis as unknown as { chrome: { runtime: { connect(o: { name: string }): unknown } } }).chrome.runtime.connect({ name: 'soi-so-transfer' });
    const exportBlob = async (encoding: string) => {
      const r = await tc.exportLibrary(connect, 'json', encoding);
      if (!r.ok) throw new Error(`export over the port: ${r.error}`);
      return r.data!.blob;
    };
    const timeAsync = async (label: string, times: number, work: () => Promise<unknown>) => {
      const ms: number[] = [];
      for (let i = 0; i < times; i++) {
        const t = performance.now();
        await work();
        ms.push(performance.now() - t);
      }
      ms.sort((a, b) => a - b);
      return { label, runs: times, median: ms[Math.floor((times - 1) / 2)]!, p95: ms[Math.min(times - 1, Math.ceil(0.95 * times) - 1)]! };
    };
    const blob = await exportBlob('text');
    rows.push(await timeAsync(`full JSON export, streamed over the port, Blob in the page (${(blob.size / 1e6).toFixed(1)} MB)`, 5, () => exportBlob('text')));
    rows.push(await timeAsync('full JSON export, streamed over the port, each part gzipped', 5, () => exportBlob('gzip-base64')));
    let roundTrip: { bytes: number; same: boolean } | undefined;
    if (roundTripWanted) {
      const sha = async (b: Blob) => Array.from(new Uint8Array(await crypto.subtle.digest('SHA-256', await b.arrayBuffer())), (x) => x.toString(16).padStart(2, '0')).join('');
      const first = await exportBlob('text');
      await call({ type: 'clear-all', confirm: true });
      const imported = await timeAsync(`import of that file over the port (${(first.size / 1e6).toFixed(1)} MB), checked whole, written in one transaction`, 1, async () => {
        const r = await tc.importLibrary(connect, first);
        if (!r.ok) throw new Error(`import over the port: ${r.error}`);
      });
      rows.push(imported);
      const again = await exportBlob('text');
      roundTrip = { bytes: first.size, same: (await sha(first)) === (await sha(again)) };
    }
    return { counts, rows, exportBytes: blob.size, roundTrip };
  }, { total: TOTAL, perArticle: PER_ARTICLE, runs: RUNS, roundTripWanted: ROUND_TRIP });

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
  if (result.roundTrip) console.log(`round trip over the port: ${(result.roundTrip.bytes / 2 ** 20).toFixed(1)} MiB file, re-export ${result.roundTrip.same ? 'has the same SHA-256' : 'DIFFERS'}`);
  console.log('| operation | runs | median | p95 |');
  console.log('|---|---|---|---|');
  const ms = (x: number) => (Number.isNaN(x) ? '—' : `${x.toFixed(1)} ms`);
  for (const r of result.rows) console.log(`| ${r.label} | ${r.runs} | ${ms(r.median)} | ${ms(r.p95)} |`);
} finally {
  await context.close();
  if (!KEEP) await rm(profile, { recursive: true, force: true });
}
