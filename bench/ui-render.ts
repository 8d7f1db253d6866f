// Popup and library page in Chromium with the built extension and 100,000 stored figures:
//   npm run build && npx tsx bench/ui-render.ts [--figures 100000] [--runs 5]
// Seeds the library through import-json, then measures, in the real pages:
// - popup: navigation start → the figures of a 50-figure article drawn with their comparisons (mark soi-so:popup-figures);
// - library: navigation start → first rows drawn (soi-so:library-first-rows) and → every figure loaded (…-all-rows);
// - library filter: a change of filter (indicator select, then a typed search) → the next frame after the table redrew.
// Prints median and p95 in ms (SOI_SO_DIST=… to use another build).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, DIST, ensureChromium } from '../test/browser/support/index.ts';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const TOTAL = arg('figures', 100_000);
const RUNS = arg('runs', 5);
const PER_ARTICLE = 50;
const dist = process.env.SOI_SO_DIST ?? DIST;
const HOSTS = ['baodongkhoi.vn', 'baoapbac.vn', 'baolongan.vn', 'baovinhlong.vn', 'baotravinh.vn', 'baodongthap.vn', 'baocantho.com.vn', 'baocamau.vn'];

const stats = (ms: number[]) => {
  const s = [...ms].sort((a, b) => a - b);
  const q = (p: number) => s[Math.min(s.length - 1, Math.ceil(p * s.length) - 1)]!;
  return { median: q(0.5), p95: q(0.95), runs: s.length };
};

async function markTime(page: Page, name: string, timeoutMs = 60_000): Promise<number> {
  try {
    await page.waitForFunction((n) => performance.getEntriesByName(n).length > 0, name, { timeout: timeoutMs, polling: 10 });
  } catch (e) {
    const marks = await page.evaluate(() => performance.getEntriesByType('mark').map((m) => m.name));
    throw new Error(`${name} never came (marks: ${marks.join(', ') || 'none'}; page says: ${(await page.locator('body').innerText()).slice(0, 300)})`, { cause: e });
  }
  return page.evaluate((n) => performance.getEntriesByName(n)[0]!.startTime, name);
}

const profile = await mkdtemp(join(tmpdir(), 'soi-so-ui-bench-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: await ensureChromium(), headless: true, viewport: { width: 1280, height: 900 },
  args: [`--disable-extensions-except=${dist}`, `--load-extension=${dist}`, ...CHROMIUM_ARGS],
});
try {
  const sw = context.serviceWorkers()[0] ?? await context.waitForEvent('serviceworker');
  const id = new URL(sw.url()).host;
  const url = (path: string) => `chrome-extension://${id}/${path}`;
  const seeder = await context.newPage();
  await seeder.goto(url('src/popup/index.html'));
  await seeder.evaluate('globalThis.__name = (f) => f');
  // The UI in Vietnamese, as its readers use it (the search below types Vietnamese words).
  await seeder.evaluate(() => localStorage.setItem('soi-so-lang', 'vi'));
  const chromeInfo = await seeder.evaluate(() => navigator.userAgent.match(/Chrome\/[\d.]+/)?.[0] ?? 'Chrome');
  const t0 = Date.now();
  const seeded = await seeder.evaluate(async ({ total, perArticle, hosts }) => {
    type Rt = { sendMessage(m: unknown): Promise<{ ok: boolean; error?: string; data?: unknown }> };
    const rt = (globalThis as unknown as { chrome: { runtime: Rt } }).chrome.runtime;
    // A reader's library: 13 Mekong provinces, each with its province-level figures and four districts',
    // 24 indicators, periods over seven years: about 1,500 series of ~65 figures each at 100,000 figures.
    const INDICATORS: [string, string][] = [['poverty_rate', '%'], ['grdp_growth', '%'], ['budget_revenue', 'VND'], ['export_value', 'USD'],
      ['retail_sales', 'VND'], ['social_investment', 'VND'], ['tourist_arrivals', 'lượt khách'], ['new_enterprises', 'doanh nghiệp'],
      ['health_insurance_coverage', '%'], ['jobs_created', 'lao động'], ['rice_output', 'tấn'], ['new_rural_communes', 'xã'],
      ['budget_expenditure', 'VND'], ['import_value', 'USD'], ['fdi', 'USD'], ['crop_area', 'ha'], ['aquaculture_output', 'tấn'],
      ['near_poverty_rate', '%'], ['clean_water_rate', '%'], ['forest_cover', '%'], ['traffic_accidents', 'vụ'], ['crime', 'vụ'],
      ['ocop_products', 'sản phẩm'], ['new_party_members', 'đảng viên']];
    const PROVINCES = ['Bến Tre', 'Tiền Giang', 'Long An', 'Vĩnh Long', 'Trà Vinh', 'Đồng Tháp', 'An Giang', 'Cần Thơ', 'Hậu Giang', 'Sóc Trăng', 'Bạc Liêu', 'Cà Mau', 'Kiên Giang'];
    const LOCALITIES = PROVINCES.flatMap((p) => [`tỉnh ${p}`, ...[1, 2, 3, 4].map((d) => `huyện ${d} (${p})`)]);
    const PERIODS = ['2018', '2019', '2020', '2021', '2022', '2023', '2023-H1', '2023-9M', '2024', '2024-Q1', '2024-H1', '2020/2025'];
    const MODALITIES = ['actual', 'actual', 'estimate', 'target'];
    let seed = 7;
    const rnd = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
    const pick = <T,>(xs: T[]) => xs[Math.floor(rnd() * xs.length)]!;
    const call = async (m: unknown) => {
      const r = await rt.sendMessage(m);
      if (!r.ok) throw new Error(`${(m as { type: string }).type}: ${r.error}`);
      return r.data;
    };
    const articles = Math.ceil(total / perArticle);
    let firstUrl = '';
    for (let n = 0; n < articles; n += 200) {
      const file = { format: 'soi-so-library', version: 1, exportedAt: null, articles: [] as unknown[], figures: [] as unknown[], corrections: [], settings: [] };
      for (let k = n; k < Math.min(articles, n + 200); k++) {
        const province = pick(PROVINCES);
        const places = LOCALITIES.filter((l) => l.includes(province));
        const host = hosts[k % hosts.length]!;
        const id = `https://${host}/kinh-te/bai-${k}.html`;
        if (!firstUrl) firstUrl = id;
        file.articles.push({ id, url: id, site: host, headline: `Kinh tế - xã hội tỉnh ${province} (bài ${k})`, published: `${2018 + (k % 7)}-${String(1 + (k % 12)).padStart(2, '0')}-15`, firstSeen: 1, lastSeen: 1, extractorVersion: '1.0.0' });
        for (let i = 0; i < perArticle; i++) {
          const [indicator, unit] = pick(INDICATORS);
          const locality = pick(places);
          const value = unit === '%' ? Math.round(rnd() * 10000) / 100 : unit === 'VND' ? Math.round(rnd() * 5000) * 1e9 : Math.round(rnd() * 100000);
          const text = unit === '%' ? `${String(value).replace('.', ',')}%` : unit === 'VND' ? `${value / 1e9} tỉ đồng` : `${value} ${unit}`;
          file.figures.push({ start: i * 120, end: i * 120 + text.length, text, kind: 'level', value, unit, indicator, locality,
            period: pick(PERIODS), modality: pick(MODALITIES), id: `f${k}x${i}`, articleId: id, seriesKey: `${indicator}|${locality}`,
            anchor: { exact: text, prefix: `đoạn ${i}: chỉ tiêu của ${locality} đạt `, suffix: ', so với cùng kỳ năm trước' },
            extractorVersion: '1.0.0', origin: 'machine' });
        }
      }
      await call({ type: 'import-json', json: JSON.stringify(file) });
    }
    return { counts: await call({ type: 'counts' }), firstUrl };
  }, { total: TOTAL, perArticle: PER_ARTICLE, hosts: HOSTS });
  console.log(`${chromeInfo}; seeded ${JSON.stringify(seeded.counts)} in ${((Date.now() - t0) / 1000).toFixed(1)} s`);

  // What the pages wait for, asked directly: the background's share of each measure below.
  const direct = await seeder.evaluate(async (articleUrl) => {
    type Rt = { sendMessage(m: unknown): Promise<{ ok: boolean; error?: string; data?: unknown }> };
    const rt = (globalThis as unknown as { chrome: { runtime: Rt } }).chrome.runtime;
    const time = async (m: unknown) => {
      const t = performance.now();
      const r = await rt.sendMessage(m);
      return { ms: Math.round(performance.now() - t), bytes: JSON.stringify(r).length, ok: r.ok };
    };
    return {
      getArticle: await time({ type: 'get-article', url: articleUrl }),
      compare: await time({ type: 'compare-figures', url: articleUrl }),
      firstPage: await time({ type: 'list-figures', limit: 300 }),
      bigPage: await time({ type: 'list-figures', limit: 10000 }),
    };
  }, seeded.firstUrl);
  console.log(`direct: ${JSON.stringify(direct)}`);

  // Popup on an article of 50 figures: any tab will do, its address given as the test parameter.
  const tabId = await seeder.evaluate(async () =>
    (await (globalThis as unknown as { chrome: { tabs: { getCurrent(): Promise<{ id: number }> } } }).chrome.tabs.getCurrent()).id);
  const popupMs: number[] = [];
  const comparedMs: number[] = [];
  let figuresShown = 0;
  for (let i = 0; i < RUNS; i++) {
    const popup = await context.newPage();
    await popup.setViewportSize({ width: 420, height: 600 });
    await popup.goto(url(`src/popup/index.html?tab=${tabId}&url=${encodeURIComponent(seeded.firstUrl)}`));
    popupMs.push(await markTime(popup, 'soi-so:popup-figures'));
    comparedMs.push(await markTime(popup, 'soi-so:popup-figures-compared'));
    figuresShown = await popup.locator('.figure').count();
    await popup.close();
  }

  // The same page with nothing to ask the background (a browser page): what loading the popup alone costs.
  const bareMs: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const popup = await context.newPage();
    await popup.goto(url(`src/popup/index.html?tab=${tabId}&url=${encodeURIComponent('chrome://newtab/')}`));
    bareMs.push(await markTime(popup, 'soi-so:popup-not-article'));
    await popup.close();
  }

  const firstMs: number[] = [];
  const allMs: number[] = [];
  const selectMs: number[] = [];
  const typeMs: number[] = [];
  let shownAfterFilter = '';
  for (let i = 0; i < RUNS; i++) {
    const lib = await context.newPage();
    await lib.goto(url('src/library/index.html'));
    firstMs.push(await markTime(lib, 'soi-so:library-first-rows'));
    allMs.push(await markTime(lib, 'soi-so:library-all-rows', 120_000));
    await lib.evaluate('globalThis.__name = (f) => f');
    // One change of filter → the next frame after the table redrew.
    const timeChange = (action: string, value: string) => lib.evaluate(async ({ action, value }) => {
      const nextFrame = () => new Promise<void>((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      await nextFrame();
      const t = performance.now();
      if (action === 'select') {
        const el = document.querySelector<HTMLSelectElement>('#f-indicator')!;
        el.value = value;
        el.dispatchEvent(new Event('change', { bubbles: true }));
      } else {
        const el = document.querySelector<HTMLInputElement>('#f-text')!;
        el.value = value;
        el.dispatchEvent(new Event('input', { bubbles: true }));
      }
      await nextFrame();
      return performance.now() - t;
    }, { action, value });
    selectMs.push(await timeChange('select', ['budget_revenue', 'poverty_rate', 'rice_output'][i % 3]!));
    await timeChange('select', '');
    typeMs.push(await timeChange('type', ['ben tre', 'ngan sach', 'bai 12'][i % 3]!));
    shownAfterFilter = await lib.locator('.counts').innerText();
    await timeChange('type', '');
    await lib.close();
  }
  const row = (label: string, ms: number[], goal: string) => {
    const s = stats(ms);
    console.log(`| ${label} | ${s.runs} | ${s.median.toFixed(0)} ms | ${s.p95.toFixed(0)} ms | ${goal} |`);
  };
  console.log(`popup showed ${figuresShown} figures; library after the last typed search: "${shownAfterFilter}"`);
  console.log('| measure | runs | median | p95 | goal |');
  console.log('|---|---|---|---|---|');
  row('popup: navigation → the article\'s 50 figures drawn', popupMs, '≤ 150 ms');
  row('popup: navigation → their comparisons drawn too', comparedMs, '—');
  row('popup alone: navigation → "not an article" drawn (no data asked)', bareMs, '—');
  row('library: navigation → first rows drawn', firstMs, '≤ 500 ms');
  row(`library: navigation → all ${TOTAL.toLocaleString('en')} figures loaded and drawn`, allMs, '—');
  row('library: filter by indicator → table redrawn', selectMs, '≤ 100 ms');
  row('library: typed search → table redrawn', typeMs, '≤ 100 ms');
} finally {
  await context.close();
  await rm(profile, { recursive: true, force: true });
}
