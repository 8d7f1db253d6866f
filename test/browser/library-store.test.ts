// The library in a real Chromium with the built extension: saves land, repeats add nothing, twenty tabs saving at
// once lose and duplicate nothing, data survives closing and reopening the profile, and web pages cannot reach it.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import {
  CHROMIUM_ARGS, DIST, ensureChromium, hostResolverRules, serveFixtures, type FixtureServer,
} from './support/index.ts';

// SOI_SO_DIST lets a developer test a build made elsewhere; CI uses dist/ as built by the runner.
const dist = process.env.SOI_SO_DIST ?? DIST;

interface Reply<T> { ok: boolean; data?: T; error?: string; code?: string }
interface Counts { articles: number; figures: number }

/** A persistent profile we can close and reopen (the shared launcher throws its profile away). */
async function launch(profileDir: string): Promise<{ context: BrowserContext; id: string }> {
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: await ensureChromium(),
    headless: true,
    args: [`--disable-extensions-except=${dist}`, `--load-extension=${dist}`, ...CHROMIUM_ARGS, `--host-resolver-rules=${hostResolverRules(['*'])}`],
  });
  const sw = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'))
    ?? await context.waitForEvent('serviceworker', { predicate: (w) => w.url().startsWith('chrome-extension://'), timeout: 15_000 });
  return { context, id: new URL(sw.url()).host };
}

function send<T>(page: Page, message: unknown): Promise<Reply<T>> {
  return page.evaluate((m) => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } })
    .chrome.runtime.sendMessage(m), message) as Promise<Reply<T>>;
}

/** What a content script sends for one article: `n` figures with distinct anchors. */
function saveRequest(url: string, n: number, version = '1.0.0') {
  const figures = Array.from({ length: n }, (_, i) => {
    const text = `${i + 1},5%`;
    return {
      start: i * 40, end: i * 40 + text.length, text, kind: 'level', value: i + 1.5, unit: '%',
      indicator: i % 2 ? 'poverty_rate' : 'grdp_growth', locality: 'tỉnh Bến Tre', period: '2023', modality: 'actual',
      anchor: { exact: text, prefix: `chỉ số thứ ${i} đạt `, suffix: ' so với' },
    };
  });
  return { type: 'save-article', article: { url, site: new URL(url).hostname, headline: `Bài ${url}`, published: '2023-12-20' }, figures, extractorVersion: version };
}

describe('Chromium: the figure library', { timeout: 180_000 }, () => {
  let profileDir: string;
  let context: BrowserContext;
  let id: string;
  let popup: Page;
  let server: FixtureServer;
  let pages: string;

  before(async () => {
    profileDir = await mkdtemp(join(tmpdir(), 'soi-so-library-'));
    pages = await mkdtemp(join(tmpdir(), 'soi-so-library-pages-'));
    ({ context, id } = await launch(profileDir));
    popup = await context.newPage();
    await popup.goto(`chrome-extension://${id}/src/popup/index.html`);
  });
  after(async () => {
    await context?.close().catch(() => {});
    await server?.close();
    await rm(profileDir, { recursive: true, force: true });
    await rm(pages, { recursive: true, force: true });
  });

  test('an article saved from the extension lands in the library with all its figures', async () => {
    const url = 'https://baodongkhoi.vn/kinh-te/bai-1.html';
    const r = await send<{ saved: boolean; added: number }>(popup, saveRequest(url, 50));
    assert.deepEqual([r.ok, r.data?.saved, r.data?.added], [true, true, 50], JSON.stringify(r));
    const got = await send<{ article: { id: string }; figures: { text: string; seriesKey: string }[] }>(popup, { type: 'get-article', url });
    assert.equal(got.data?.figures.length, 50);
    assert.equal(got.data?.figures[1]?.seriesKey, 'poverty_rate|tỉnh Bến Tre');
  });

  test('saving the same page again (reload, tracking parameters) adds nothing', async () => {
    const before = await send<Counts>(popup, { type: 'counts' });
    const r = await send<{ added: number; unchanged: number }>(popup, saveRequest('https://www.baodongkhoi.vn/kinh-te/bai-1.html?utm_source=facebook&fbclid=1#binh-luan', 50));
    assert.deepEqual([r.data?.added, r.data?.unchanged], [0, 50]);
    const afterSave = await send<Counts>(popup, { type: 'counts' });
    assert.deepEqual(afterSave.data, before.data);
  });

  test('twenty tabs saving at once lose and duplicate nothing', async () => {
    const tabs = await Promise.all(Array.from({ length: 20 }, async () => {
      const p = await context.newPage();
      await p.goto(`chrome-extension://${id}/src/popup/index.html`);
      return p;
    }));
    // Ten articles, each saved by two tabs at the same moment, 30 figures each.
    const replies = await Promise.all(tabs.map((p, i) => send<{ saved: boolean }>(p, saveRequest(`https://baolongan.vn/tin/${i % 10}.html`, 30))));
    assert.ok(replies.every((r) => r.ok && r.data?.saved), JSON.stringify(replies.find((r) => !r.ok)));
    const c = await send<Counts>(popup, { type: 'counts' });
    assert.deepEqual([c.data?.articles, c.data?.figures], [1 + 10, 50 + 10 * 30]);
    for (let i = 0; i < 10; i++) {
      const a = await send<{ figures: unknown[] }>(popup, { type: 'get-article', url: `https://baolongan.vn/tin/${i}.html` });
      assert.equal(a.data?.figures.length, 30, `article ${i}`);
    }
    await Promise.all(tabs.map((p) => p.close()));
  });

  test('a message from a web page is refused and changes nothing', async () => {
    await mkdir(join(pages, 'baodongkhoi.vn'), { recursive: true });
    await writeFile(join(pages, 'index.html'), '<!doctype html><meta charset="utf-8"><title>Tin</title><p>Tỷ lệ hộ nghèo giảm còn 0,69%.</p>');
    server = await serveFixtures(pages);
    const page = await context.newPage();
    await page.goto(server.url('baodongkhoi.vn', '/'));
    // The content script may legitimately save this news page; let that settle before taking the baseline.
    let before = await send<Counts>(popup, { type: 'counts' });
    for (let settled = false, tries = 0; !settled && tries < 15; tries++) {
      await new Promise((r) => setTimeout(r, 1000));
      const now = await send<Counts>(popup, { type: 'counts' });
      settled = JSON.stringify(now.data) === JSON.stringify(before.data);
      before = now;
    }
    const attempt = await page.evaluate(async (extId) => {
      const tried: string[] = [];
      // The content script's world is not the page's: a page can only post to the window…
      window.postMessage({ type: 'clear-all', confirm: true }, '*');
      window.postMessage({ type: 'import-json', json: '{}' }, '*');
      // …or use chrome.runtime, which Chromium gives pages only for extensions that list them in
      // externally_connectable. Ours lists none.
      const rt = (globalThis as unknown as { chrome?: { runtime?: { sendMessage?: (id: string, m: unknown) => Promise<unknown> } } }).chrome?.runtime;
      if (!rt?.sendMessage) tried.push('no chrome.runtime.sendMessage in the page');
      else {
        try {
          const reply = await rt.sendMessage(extId, { type: 'clear-all', confirm: true });
          tried.push(`answered: ${JSON.stringify(reply)}`);
        } catch (e) {
          tried.push(`refused: ${String(e)}`);
        }
      }
      await new Promise((r) => setTimeout(r, 500));
      return tried;
    }, id);
    assert.ok(!attempt.some((t) => t.startsWith('answered')), attempt.join('; '));
    const afterAttempt = await send<Counts>(popup, { type: 'counts' });
    assert.deepEqual(afterAttempt.data, before.data);
    assert.ok((before.data?.figures ?? 0) > 0);
    await page.close();
  });

  test('the export also streams in parts over a port (for libraries past the 64 MiB message cap)', async () => {
    const direct = await send<{ text: string }>(popup, { type: 'export-json' });
    const viaPort = await popup.evaluate(() => new Promise<{ parts: number; received: number; text: string; filename: string }>((resolve, reject) => {
      const rt = (globalThis as unknown as { chrome: { runtime: { connect(o: { name: string }): {
        postMessage(m: unknown): void; onMessage: { addListener(f: (m: { op: string; [k: string]: unknown }) => void): void } } } } }).chrome.runtime;
      const port = rt.connect({ name: 'soi-so-transfer' });
      const parts: string[] = [];
      let filename = '';
      port.onMessage.addListener((m) => {
        if (m.op === 'begin') filename = m.filename as string;
        else if (m.op === 'part') parts[m.index as number] = m.text as string;
        else if (m.op === 'end') resolve({ parts: m.parts as number, received: parts.length, filename, text: parts.join('') });
        else reject(new Error(JSON.stringify(m)));
      });
      port.postMessage({ op: 'export', kind: 'json' });
    }));
    assert.equal(viaPort.text, direct.data?.text);
    assert.equal(viaPort.received, viaPort.parts);
    assert.match(viaPort.filename, /\.json$/);
  });

  test('everything survives closing and reopening the browser profile', async () => {
    const before = await send<Counts>(popup, { type: 'counts' });
    const exported = await send<{ text: string }>(popup, { type: 'export-json' });
    await context.close();
    ({ context, id } = await launch(profileDir));
    popup = await context.newPage();
    await popup.goto(`chrome-extension://${id}/src/popup/index.html`);
    const reopened = await send<Counts>(popup, { type: 'counts' });
    assert.deepEqual(reopened.data, before.data);
    const again = await send<{ text: string }>(popup, { type: 'export-json' });
    assert.equal(again.data?.text, exported.data?.text);
  });
});
