// The content script in Chromium, built extension, fixture pages served under real news hostnames.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium, serveFixtures, waitFor, waitForMarks, DIST, FIXTURES, type ChromiumWithExtension, type FixtureServer } from './support/index.ts';
import { expectedFor, texts } from './page-expected.ts';
import { cardText, clickInCard, countColour, HIGHLIGHT_ON_WHITE, paintedRanges, rangeCentre } from './page-probe.ts';
import { cardEn, cardVi } from '../../src/page/card-strings.ts';
import { meaningOf } from '../../src/page/card.ts';
import { formatValue, type Lang } from '../../src/shared/format-vi.ts';
import { langFromUiLanguage } from '../../src/shared/i18n.ts';
import { APP_MODULE_FILE, CARD_MODULE_FILE, LATER_MODULE_FILE } from '../../src/page/card-module-file.ts';

const STRICT_CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'";

const SITES = [
  { file: 'baodongkhoi.html', host: 'baodongkhoi.vn', path: '/baodongkhoi.html' },
  { file: 'baoapbac.html', host: 'baoapbac.vn', path: '/baoapbac.html' },
  { file: 'baolongan.html', host: 'baolongan.vn', path: '/baolongan.html' },
  { file: 'vnexpress.html', host: 'vnexpress.net', path: '/vnexpress.html' },
  { file: 'bentre-gov.html', host: 'www.bentre.gov.vn', path: '/bentre-gov.html' },
  // A listed news site without an adapter of its own: the generic finder.
  { file: 'generic.html', host: 'baovinhlong.vn', path: '/generic.html' },
];

let ext: ChromiumWithExtension;
let lang: Lang = 'vi';
let server: FixtureServer;
const pages: Page[] = [];

async function open(file: string, host: string, path: string): Promise<{ page: Page; url: string; errors: string[] }> {
  // One article tab at a time, so messages to "the tab" reach this one.
  for (const p of pages.splice(0)) await p.close().catch(() => {});
  const page = await ext.context.newPage();
  pages.push(page);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  const url = server.url(host, path);
  await page.goto(url);
  return { page, url, errors };
}

/** Waits until the painted ranges stop changing (the observer's debounce and any re-scans are over). */
async function settled(page: Page, roots: string[]) {
  let last = '';
  return waitFor(async () => {
    const now = await paintedRanges(page, roots);
    const key = JSON.stringify(texts(now));
    const stable = key === last && now.length > 0;
    last = key;
    return stable ? now : undefined;
  }, 'highlights to settle', 10_000, 300);
}

describe('content script in Chromium', () => {
  before(async () => {
    server = await serveFixtures(join(FIXTURES, 'sites'), {
      headers: (p) => (p.endsWith('strict-csp.html') ? { 'Content-Security-Policy': STRICT_CSP } : undefined),
    });
    ext = await launchChromium();
    // The card speaks the browser's UI language (Vietnamese unless it is English); Debian's Chromium here ships only
    // en-US, so ask the extension which one it got. Vietnamese wording is covered by test/unit/page/card.test.ts.
    const ui = await (await ext.worker()).evaluate(() => (globalThis as unknown as { chrome: { i18n: { getUILanguage(): string } } }).chrome.i18n.getUILanguage());
    lang = langFromUiLanguage(ui);
  });
  after(async () => {
    for (const p of pages) await p.close().catch(() => {});
    await ext?.close();
    await server?.close();
  });

  for (const site of SITES) {
    test(`${site.host}: exactly the article's figures are highlighted, none outside it`, async () => {
      const { page, url, errors } = await open(site.file, site.host, site.path);
      const expected = expectedFor(site.file, url.replace(/:\d+/, ''));
      assert.ok(expected.figures.length > 0, 'the fixture article has figures the extractor finds');
      await waitForMarks(page);
      const painted = await settled(page, expected.roots);
      const outside = painted.filter((r) => !r.inside);
      assert.deepEqual(outside, [], 'no highlight lies outside the article');
      assert.deepEqual(texts(painted), texts(expected.figures));
      assert.deepEqual(errors, []);
    });
  }

  test('highlights are visible, and actuals, estimates and targets look different', async () => {
    const site = SITES[0]!;
    const { page, url } = await open(site.file, site.host, site.path);
    const expected = expectedFor(site.file, url.replace(/:\d+/, ''));
    await settled(page, expected.roots);
    const seen = new Set<string>();
    for (const f of expected.figures) {
      const modality = f.modality ?? 'actual';
      if (seen.has(modality) || f.text.includes('\n')) continue;
      seen.add(modality);
      await rangeCentre(page, f.text);
      const box = await page.evaluate((text) => {
        for (const [name, h] of (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights) {
          if (name === 'soi-so-active') continue;
          for (const r of h) if (r.toString() === text) { const b = r.getBoundingClientRect(); return { x: b.left, y: b.top, width: b.width, height: b.height }; }
        }
        return undefined;
      }, f.text);
      assert.ok(box, `a box for ${f.text}`);
      const png = await page.screenshot({ clip: box! });
      const own = await countColour(page, png, HIGHLIGHT_ON_WHITE[modality]);
      assert.ok(own > 10, `"${f.text}" (${modality}) shows its highlight colour (${own} pixels)`);
      for (const other of Object.keys(HIGHLIGHT_ON_WHITE).filter((m) => m !== modality) as (keyof typeof HIGHLIGHT_ON_WHITE)[]) {
        assert.ok((await countColour(page, png, HIGHLIGHT_ON_WHITE[other], 6)) < own / 4, `"${f.text}" is not painted as ${other}`);
      }
    }
    assert.ok(seen.size >= 2, `the fixture shows at least two kinds of figure (${[...seen].join(', ')})`);
  });

  test('a figure split across <b> is one highlight over several text nodes', async () => {
    const site = SITES[0]!;
    const { page, url } = await open(site.file, site.host, site.path);
    const expected = expectedFor(site.file, url.replace(/:\d+/, ''));
    assert.ok(expected.split.length > 0, 'the fixture has a figure split by inline markup');
    const painted = await settled(page, expected.roots);
    for (const f of expected.split) {
      const match = painted.filter((r) => r.text === f.text);
      assert.ok(match.length >= 1, `"${f.text}" is painted`);
      assert.ok(match.some((r) => r.multiNode), `"${f.text}" is one range across nodes`);
    }
  });

  test('hovering a figure opens a card with its value and meaning', async () => {
    const site = SITES[1]!;
    const { page, url } = await open(site.file, site.host, site.path);
    const expected = expectedFor(site.file, url.replace(/:\d+/, ''));
    await settled(page, expected.roots);
    const figure = expected.figures.find((f) => !f.text.includes('\n'))!;
    const { x, y } = await rangeCentre(page, figure.text);
    await page.mouse.move(x - 3, y);
    await page.mouse.move(x, y);
    const text = await waitFor(async () => (await cardText(ext.context, page)) || undefined, 'the hover card');
    assert.ok(text.includes(formatValue(figure, lang)), `card shows the value: ${text}`);
    assert.ok(text.includes(meaningOf(figure, lang)), `card shows the meaning "${meaningOf(figure, lang)}": ${text}`);
    // Moving away closes it.
    await page.mouse.move(5, 5);
    await waitFor(async () => (await cardText(ext.context, page)) === '', 'the card to close');
  });

  test('a fresh page loads its page code, the card\'s module only on the first hover, and the later module not on a first visit, at per-session URLs the page cannot probe', async () => {
    const war = ext.manifest.web_accessible_resources as { resources: string[]; use_dynamic_url?: boolean }[] | undefined;
    assert.deepEqual(war?.map((w) => [w.resources, w.use_dynamic_url]), [[[APP_MODULE_FILE, CARD_MODULE_FILE, LATER_MODULE_FILE], true]], 'the page code, the card\'s and the later module are the web-accessible files, behind a dynamic URL');
    const site = SITES[0]!;
    const { page, url, errors } = await open(site.file, site.host, site.path);
    // The content script's import() shows in the tab's network log, as DevTools shows it.
    const cdp = await ext.context.newCDPSession(page);
    const loads: string[] = [];
    const hops: string[] = [];
    const laterLoads: string[] = [];
    const appLoads: string[] = [];
    // Chromium serves the per-session URL by an internal redirect to the file (a second event, same request).
    cdp.on('Network.requestWillBeSent', (e: { requestId: string; request: { url: string }; redirectResponse?: unknown }) => {
      if (e.request.url.endsWith(LATER_MODULE_FILE)) laterLoads.push(e.request.url);
      if (e.request.url.endsWith(APP_MODULE_FILE) && !e.redirectResponse) appLoads.push(e.request.url);
      if (!e.request.url.endsWith(CARD_MODULE_FILE)) return;
      hops.push(`${e.requestId} ${e.request.url}${e.redirectResponse ? ' (redirected)' : ''}`);
      if (!e.redirectResponse) loads.push(e.request.url);
    });
    await cdp.send('Network.enable');
    // The content script is a loader: the page code comes as a module of the package (src/page/main.ts), once.
    await page.reload();
    const expected = expectedFor(site.file, url.replace(/:\d+/, ''));
    await settled(page, expected.roots);
    // Pointer moves that touch no figure load nothing.
    await page.mouse.move(5, 5);
    await page.mouse.move(20, 20);
    await page.waitForTimeout(300);
    assert.deepEqual(loads, [], 'nothing loaded before a figure is hovered');
    const figure = expected.figures.find((f) => !f.text.includes('\n'))!;
    const { x, y } = await rangeCentre(page, figure.text);
    await page.mouse.move(x, y);
    const text = await waitFor(async () => (await cardText(ext.context, page)) || undefined, 'the hover card');
    assert.ok(text.includes(meaningOf(figure, lang)), `card shows the meaning: ${text}`);
    assert.equal(loads.length, 1, `one load: ${hops.join(', ')}`);
    const loadedFrom = new URL(loads[0]!);
    assert.equal(loadedFrom.protocol, 'chrome-extension:');
    assert.notEqual(loadedFrom.host, ext.extensionId, 'the per-session id, not the extension\'s fixed one');
    // A page that knows the extension's id cannot fetch the file by it; the card's module left nothing on the page.
    const probe = await page.evaluate(async (u) => fetch(u).then((r) => `status ${r.status}`, (e) => String(e)), ext.extensionUrl(CARD_MODULE_FILE));
    assert.match(probe, /Failed to fetch/);
    const laterProbe = await page.evaluate(async (u) => fetch(u).then((r) => `status ${r.status}`, (e) => String(e)), ext.extensionUrl(LATER_MODULE_FILE));
    assert.match(laterProbe, /Failed to fetch/);
    assert.equal(appLoads.length, 1, `the page code loaded once: ${appLoads.join(', ')}`);
    const appFrom = new URL(appLoads[0]!);
    assert.equal(appFrom.protocol, 'chrome-extension:');
    assert.notEqual(appFrom.host, ext.extensionId, 'the page code at the per-session id too');
    const appProbe = await page.evaluate(async (u) => fetch(u).then((r) => `status ${r.status}`, (e) => String(e)), ext.extensionUrl(APP_MODULE_FILE));
    assert.match(appProbe, /Failed to fetch/);
    // A first visit with a hover needs nothing of the later module (no save's reply or notice to act on, no message).
    assert.deepEqual(laterLoads, [], 'the later module is not loaded on a first visit');
    assert.equal(await page.evaluate(() => performance.getEntriesByType('resource').filter((r) => r.name.startsWith('chrome-extension:')).length), 0);
    await cdp.detach();
    assert.deepEqual(errors, []);
  });

  test('from the card a reader corrects a figure, dismisses a false one and adds a missed one by selecting it', async () => {
    const site = SITES[1]!;
    const { page, url } = await open(site.file, site.host, site.path);
    const expected = expectedFor(site.file, url.replace(/:\d+/, ''));
    await settled(page, expected.roots);
    const t = lang === 'vi' ? cardVi : cardEn;
    type Stored = { id: string; value: number; text: string; dismissed?: boolean; origin: string; anchor: { exact: string } };
    const stored = async () => {
      const r = await ext.sendMessage<{ ok: boolean; data: { figures: Stored[] } | null }>({ type: 'get-article', url });
      return r.ok && r.data ? r.data.figures : [];
    };
    await waitFor(async () => (await stored()).length === expected.figures.length, 'the article to be saved');
    const single = expected.figures.filter((f) => !f.text.includes('\n') && expected.figures.filter((g) => g.text === f.text).length === 1);
    const [toCorrect, toDismiss] = single as [typeof single[0], typeof single[0]];

    // Correct: hover, open the form, type a new value, save.
    let at = await rangeCentre(page, toCorrect.text);
    await page.mouse.move(at.x, at.y);
    await waitFor(async () => (await cardText(ext.context, page)).includes(t.correct) || undefined, 'the card');
    await clickInCard(ext.context, page, t.correct);
    await page.keyboard.press('Control+A');
    await page.keyboard.type(lang === 'vi' ? '4321,5' : '4321.5');
    await clickInCard(ext.context, page, t.save);
    await waitFor(async () => (await cardText(ext.context, page)).includes(t.corrected) || undefined, 'the correction to be confirmed');
    const corrected = (await stored()).find((f) => f.anchor.exact === toCorrect.text)!;
    assert.equal(corrected.value, 4321.5);

    // Dismiss: the highlight goes and the library keeps the dismissal.
    await page.mouse.move(2, 2);
    await waitFor(async () => (await cardText(ext.context, page)) === '', 'the card to close');
    at = await rangeCentre(page, toDismiss.text);
    await page.mouse.move(at.x, at.y);
    await waitFor(async () => (await cardText(ext.context, page)).includes(t.dismiss) || undefined, 'the card of the figure to dismiss');
    await clickInCard(ext.context, page, t.dismiss);
    await waitFor(async () => !(await paintedRanges(page, expected.roots)).some((r) => r.text === toDismiss.text), 'the dismissed highlight to go');
    assert.equal((await stored()).find((f) => f.anchor.exact === toDismiss.text)?.dismissed, true);

    // Add: select a number the extractor left alone, then press the card's add button.
    const missed = await page.evaluate(() => {
      const walker = document.createTreeWalker(document.querySelector('.article-body')!, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const i = (n as Text).data.indexOf('2024');
        if (i < 0) continue;
        const r = document.createRange();
        r.setStart(n, i);
        r.setEnd(n, i + 4);
        getSelection()!.removeAllRanges();
        getSelection()!.addRange(r);
        document.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
        return r.toString();
      }
      return '';
    });
    assert.equal(missed, '2024');
    await waitFor(async () => (await cardText(ext.context, page)).includes(t.addSelection) || undefined, 'the add button');
    await clickInCard(ext.context, page, t.addSelection);
    await waitFor(async () => (await cardText(ext.context, page)).includes(t.added) || undefined, `the card to confirm the addition (${await cardText(ext.context, page)})`, 3000).catch(async (e) => {
      throw new Error(`${String(e)}; card: ${await cardText(ext.context, page)}`);
    });
    await waitFor(async () => (await stored()).some((f) => f.origin === 'manual' && f.anchor.exact === '2024'), 'the added figure in the library');
    await waitFor(async () => (await paintedRanges(page, expected.roots)).some((r) => r.text === '2024'), 'the added figure to be painted');

    // A later visit shows the reader's decisions: the dismissed figure stays off, the added one is painted, the
    // corrected value is in the card.
    await page.reload();
    await waitFor(async () => {
      const now = await paintedRanges(page, expected.roots);
      return now.some((r) => r.text === '2024') && !now.some((r) => r.text === toDismiss.text) && now.some((r) => r.text === toCorrect.text);
    }, 'the library\'s decisions to be applied after reload');
    at = await rangeCentre(page, toCorrect.text);
    await page.mouse.move(at.x, at.y);
    const shown = lang === 'vi' ? '4.321,5' : '4,321.5';
    await waitFor(async () => (await cardText(ext.context, page)).includes(shown) || undefined, `the corrected value ${shown} in the card`);
  });

  test('content added after load gets highlighted; comments added with it do not', async () => {
    const { page, url } = await open('late-content.html', 'baodongkhoi.vn', '/late-content.html');
    const html = (await page.content());
    await waitFor(async () => (await page.content()).includes('78,4'), 'the late paragraphs');
    const expected = expectedFor('late-content.html', url.replace(/:\d+/, ''), await page.content());
    assert.ok(html.length > 0);
    const painted = await waitFor(async () => {
      const now = await paintedRanges(page, expected.roots);
      return JSON.stringify(texts(now)) === JSON.stringify(texts(expected.figures)) ? now : undefined;
    }, 'late figures to be painted');
    assert.ok(painted.some((r) => r.text === '12,5%'));
    assert.ok(painted.every((r) => r.inside));
  });

  test('a page with a strict CSP works: highlights, card styles, no violations', async () => {
    const { page, url } = await open('strict-csp.html', 'baolongan.vn', '/strict-csp.html');
    const expected = expectedFor('strict-csp.html', url.replace(/:\d+/, ''));
    const painted = await settled(page, expected.roots);
    assert.deepEqual(texts(painted), texts(expected.figures));
    const { x, y } = await rangeCentre(page, expected.figures[0]!.text);
    await page.mouse.move(x, y);
    await waitFor(async () => (await cardText(ext.context, page)) || undefined, 'the hover card');
    const position = await page.evaluate(() => getComputedStyle(document.querySelector('soi-so-card')!).position);
    assert.equal(position, 'fixed', 'the card is styled (its sheet was not blocked)');
    const violations = await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
    assert.deepEqual(violations, []);
  });

  test('a React-style page that re-renders keeps its highlights and throws no errors', async () => {
    const { page, url, errors } = await open('react-style.html', 'baoapbac.vn', '/react-style.html');
    // Let the renderer run its 15 re-renders (3 s), then compare with what the final DOM should show.
    await page.waitForTimeout(3500);
    const expected = expectedFor('react-style.html', url.replace(/:\d+/, ''), await page.content());
    const painted = await settled(page, expected.roots);
    assert.deepEqual(texts(painted), texts(expected.figures));
    const added = 'Thu hút 12 dự án đầu tư, tăng 20% so với cùng kỳ.';
    const fromAdded = expected.figures.filter((f) => added.includes(f.text));
    assert.ok(fromAdded.length > 0, `the extractor finds figures in the added paragraph: ${JSON.stringify(texts(expected.figures))}`);
    for (const f of fromAdded) assert.ok(painted.some((r) => r.text === f.text), `"${f.text}" from the re-rendered paragraph is painted`);
    const pageErrors = await page.evaluate(() => (window as unknown as { __errors: string[] }).__errors);
    assert.deepEqual([...errors, ...pageErrors], []);
  });

  test('SPA navigation starts a new page view: old highlights go, the new article is painted and saved', async () => {
    const { page, url } = await open('spa.html', 'baodongkhoi.vn', '/spa.html');
    const before = expectedFor('spa.html', url.replace(/:\d+/, ''));
    assert.deepEqual(texts(await settled(page, before.roots)), texts(before.figures));
    await page.click('#next');
    const after = expectedFor('spa.html', page.url().replace(/:\d+/, ''), await page.content());
    await waitFor(async () => JSON.stringify(texts(await paintedRanges(page, after.roots))) === JSON.stringify(texts(after.figures)), 'the new article to be painted');
    const saved = await waitFor(async () => {
      const r = await ext.sendMessage<{ ok: boolean; data: { figures: unknown[] } | null }>({ type: 'get-article', url: page.url() });
      return r.ok && r.data ? r.data : undefined;
    }, 'the new article to be saved');
    assert.equal(saved.figures.length, after.figures.length);
  });

  test('a pushState that changes nothing else is a new page view (the Navigation API tells the content script)', async () => {
    const { page, url } = await open('spa.html', 'baodongkhoi.vn', '/spa.html');
    const before = expectedFor('spa.html', url.replace(/:\d+/, ''));
    await settled(page, before.roots);
    await page.evaluate(() => history.pushState({}, '', '/spa-same-text.html'));
    // Well inside the 5 s between the content script's own checks: only the navigation event can bring it this soon.
    const saved = await waitFor(async () => {
      const r = await ext.sendMessage<{ ok: boolean; data: { figures: unknown[] } | null }>({ type: 'get-article', url: page.url() });
      return r.ok && r.data ? r.data : undefined;
    }, 'the article under its new address to be saved', 3_000);
    assert.equal(saved.figures.length, before.figures.length);
  });

  test('the article and its figures are saved once per page view', async () => {
    const site = SITES[2]!;
    const { page, url } = await open(site.file, site.host, site.path);
    const expected = expectedFor(site.file, url.replace(/:\d+/, ''));
    await settled(page, expected.roots);
    const saved = await waitFor(async () => {
      const r = await ext.sendMessage<{ ok: boolean; data: { article: { site: string; published?: string }; figures: { anchor: { exact: string } }[] } | null }>({ type: 'get-article', url });
      return r.ok && r.data ? r.data : undefined;
    }, 'the article in the library');
    assert.equal(saved.article.site.toLowerCase(), 'báo long an');
    assert.equal(saved.article.published, '2024-07-10');
    assert.deepEqual(texts(saved.figures.map((f) => ({ text: f.anchor.exact }))), texts(expected.figures));
  });

  test('with saving paused for the site the page is still painted but nothing is stored; resumed, it is saved', async () => {
    const site = SITES[1]!;
    // A query string of its own: an article no other test saved.
    const path = `${site.path}?paused=1`;
    type Got = { ok: boolean; data: { figures: unknown[] } | null };
    const pause = (saving: boolean) => ext.sendMessage<{ ok: boolean }>({ type: 'set-site-saving', site: site.host, saving });
    assert.ok((await pause(false)).ok);
    try {
      const { page, url } = await open(site.file, site.host, path);
      const expected = expectedFor(site.file, url.replace(/:\d+/, ''));
      assert.deepEqual(texts(await settled(page, expected.roots)), texts(expected.figures));
      // Long enough for a save to land (the resumed visit below shows it lands well within this).
      await new Promise((r) => setTimeout(r, 2000));
      const got = await ext.sendMessage<Got>({ type: 'get-article', url });
      assert.deepEqual([got.ok, got.data], [true, null], 'nothing stored while saving is paused');
      assert.ok((await pause(true)).ok);
      await page.reload();
      await settled(page, expected.roots);
      const saved = await waitFor(async () => {
        const r = await ext.sendMessage<Got>({ type: 'get-article', url });
        return r.ok && r.data ? r.data : undefined;
      }, 'the article saved once saving is on again', 2000);
      assert.equal(saved.figures.length, expected.figures.length);
    } finally {
      await pause(true);
    }
  });

  test('the popup can scroll to a figure and the keyboard commands move between figures', async () => {
    const site = SITES[3]!;
    const { page, url } = await open(site.file, site.host, site.path);
    const expected = expectedFor(site.file, url.replace(/:\d+/, ''));
    await settled(page, expected.roots);
    const popup = await ext.openPopup();
    pages.push(popup);
    // Without the "tabs" permission tab URLs are hidden: ask every tab; only the article's content script answers.
    const send = (message: unknown) => popup.evaluate(async (message) => {
      const c = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id: number }[]>; sendMessage(id: number, m: unknown): Promise<unknown> } } }).chrome;
      const answers = await Promise.all((await c.tabs.query({})).map((t) => c.tabs.sendMessage(t.id, message).catch(() => 'no receiver')));
      return answers.find((a) => a !== 'no receiver');
    }, message);
    const last = expected.figures.length - 1;
    assert.deepEqual(await send({ type: 'scroll-to-figure', index: last }), { ok: true, index: last, count: expected.figures.length });
    await waitFor(async () => (await cardText(ext.context, page)).includes(formatValue(expected.figures[last]!, lang)) || undefined, 'the card of the last figure');
    assert.deepEqual(await send({ type: 'next-figure' }), { ok: true, index: 0, count: expected.figures.length });
    assert.deepEqual(await send({ type: 'previous-figure' }), { ok: true, index: last, count: expected.figures.length });
    // Malformed messages are refused by validation, not acted on.
    assert.equal(await send({ type: 'scroll-to-figure', index: -1 }), undefined);
  });

  // Last: it reloads the extension.
  test('when the extension is reloaded, the orphaned content script removes its highlights, card and listeners', async () => {
    const site = SITES[2]!;
    const { page, url, errors } = await open(site.file, site.host, site.path);
    const expected = expectedFor(site.file, url.replace(/:\d+/, ''));
    await settled(page, expected.roots);
    const at = await rangeCentre(page, expected.figures[0]!.text);
    await page.mouse.move(at.x, at.y);
    await waitFor(async () => (await cardText(ext.context, page)) || undefined, 'the card');
    await (await ext.worker()).evaluate(() => (globalThis as unknown as { chrome: { runtime: { reload(): void } } }).chrome.runtime.reload()).catch(() => undefined);
    await waitFor(async () => {
      const left = await page.evaluate(() => ({
        highlights: (CSS as unknown as { highlights: Map<string, unknown> }).highlights.size,
        card: document.querySelectorAll('soi-so-card').length,
        sheets: document.adoptedStyleSheets.length,
      }));
      return left.highlights === 0 && left.card === 0 && left.sheets === 0 ? left : undefined;
    }, 'highlights, card and styles to be removed', 10_000);
    // Moving over where the figure was opens nothing any more.
    await page.mouse.move(at.x + 1, at.y);
    await page.waitForTimeout(300);
    assert.equal(await page.evaluate(() => document.querySelectorAll('soi-so-card').length), 0);
    assert.deepEqual(errors, []);
  });
});

describe('content script in Chromium without the card\'s module', () => {
  let missing: ChromiumWithExtension | undefined;
  let copy: string | undefined;
  let server: FixtureServer | undefined;
  after(async () => {
    await missing?.close();
    await server?.close();
    if (copy) await rm(copy, { recursive: true, force: true });
  });

  test('a hovered figure gets its words as a native tooltip, and nothing throws', async () => {
    // The built extension with the card's file taken out: its import() is rejected.
    copy = await mkdtemp(join(tmpdir(), 'soi-so-no-card-'));
    await cp(DIST, copy, { recursive: true });
    await rm(join(copy, CARD_MODULE_FILE));
    server = await serveFixtures(join(FIXTURES, 'sites'));
    missing = await launchChromium({ dist: copy });
    const site = SITES[1]!;
    const page = await missing.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    // Exceptions in every world of the tab, the content script's included.
    const cdp = await missing.context.newCDPSession(page);
    cdp.on('Runtime.exceptionThrown', (e: { exceptionDetails: { text: string; exception?: { description?: string } } }) =>
      errors.push(`${e.exceptionDetails.text} ${e.exceptionDetails.exception?.description ?? ''}`));
    await cdp.send('Runtime.enable');
    const url = server.url(site.host, site.path);
    await page.goto(url);
    const expected = expectedFor(site.file, url.replace(/:\d+/, ''));
    await waitForMarks(page);
    const figure = expected.figures.find((f) => !f.text.includes('\n'))!;
    const { x, y } = await rangeCentre(page, figure.text);
    await page.mouse.move(x - 3, y);
    await page.mouse.move(x, y);
    const titled = () => page.evaluate(() => [...document.querySelectorAll('[title]')].map((e) => e.getAttribute('title')!));
    const title = await waitFor(async () => (await titled()).find((t) => t.startsWith(figure.text)), 'the figure\'s tooltip');
    assert.ok(title.startsWith(figure.text), title);
    assert.equal(await page.evaluate(() => document.querySelectorAll('soi-so-card').length), 0, 'no card');
    // Leaving the figure takes the tooltip away.
    await page.mouse.move(5, 5);
    await waitFor(async () => !(await titled()).some((t) => t.startsWith(figure.text)) || undefined, 'the tooltip to go');
    await cdp.detach();
    assert.deepEqual(errors, []);
  });
});
