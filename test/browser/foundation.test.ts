// The foundation, end to end in Chromium: the built extension loads, its content script runs on a news site (and only
// there), the service worker answers, the article the page saw is in the library, and the popup opens.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { NEWS_SITES } from '../../src/shared/news-sites.ts';
import {
  readBuiltManifest, DIST,
  launchChromium, serveFixtures, isolatedWorldOrigins, countMarks, waitForMarks, waitFor, ROOT,
  type ChromiumWithExtension, type FixtureServer,
} from './support/index.ts';

const DEMO = `${ROOT}demo`;
const ARTICLE_2023 = '/kinh-te/ben-tre-nam-2023-dat-19-22-chi-tieu.html';
const GOV_2024 = '/tin-tuc/bao-cao-kinh-te-xa-hoi-nam-2024.html';

interface Reply<T> { ok: boolean; data?: T; error?: string }
interface SavedArticle { article: { url: string; headline?: string; site: string }; figures: { text: string }[] }

test('the built manifest asks for the news sites only, and every manifest string exists in vi and en', () => {
  const m = readBuiltManifest(DIST) as Record<string, unknown> & {
    permissions?: string[]; host_permissions?: string[]; optional_host_permissions?: string[];
    content_scripts: { matches: string[] }[]; commands?: Record<string, unknown>; default_locale?: string;
  };
  // What the install prompt lists: README.md ("Permissions, and why") explains each one.
  assert.deepEqual([...(m.permissions ?? [])].sort(), ['activeTab', 'scripting', 'unlimitedStorage']);
  assert.equal(m.host_permissions, undefined);
  assert.deepEqual(m.optional_host_permissions, ['*://*/*']);
  const matches = m.content_scripts.flatMap((c) => c.matches);
  for (const pattern of matches) assert.match(pattern, /^\*:\/\/\*\.[a-z0-9-]+(\.[a-z0-9-]+)+\/\*$/, `too broad or malformed: ${pattern}`);
  for (const host of ['baodongkhoi.vn', 'baoapbac.vn', 'baocamau.vn', 'vnexpress.net', 'nhandan.vn', 'gov.vn']) {
    assert.ok(matches.includes(`*://*.${host}/*`), `${host} is missing`);
  }
  // Every one of the 63 provinces (as before the 2025 merger) has its paper on the list.
  const provinces = new Set(NEWS_SITES.filter((s) => s.kind === 'provincial').map((s) => s.province));
  assert.equal(provinces.size, 63, [...provinces].join(', '));
  assert.deepEqual(Object.keys(m.commands ?? {}).sort(), ['next-figure', 'previous-figure']);
  assert.equal(m.default_locale, 'vi');
  const keys = [...JSON.stringify(m).matchAll(/__MSG_(\w+)__/g)].map((x) => x[1]!);
  for (const lang of ['vi', 'en']) {
    const messages = JSON.parse(readFileSync(`${DIST}/_locales/${lang}/messages.json`, 'utf8')) as Record<string, { message: string }>;
    for (const key of keys) assert.ok(messages[key]?.message, `_locales/${lang} lacks ${key}`);
  }
});

describe('Chromium: the built extension (dist/)', { timeout: 120_000 }, () => {
  let server: FixtureServer;
  let ext: ChromiumWithExtension;

  before(async () => {
    server = await serveFixtures(DEMO, { byHost: true });
    ext = await launchChromium();
  });
  after(async () => {
    await ext?.close();
    await server?.close();
  });

  test('starts its service worker, which answers a ping', async () => {
    const worker = await ext.worker();
    assert.match(worker.url(), new RegExp(`^chrome-extension://${ext.extensionId}/`));
    const reply = await ext.sendMessage<Reply<{ pong: boolean }>>({ type: 'ping' });
    assert.deepEqual(reply, { ok: true, data: { pong: true } });
  });

  test('runs its content script on a provincial paper and highlights the figures', async () => {
    const page = await ext.context.newPage();
    await page.goto(server.url('baodongkhoi.vn', ARTICLE_2023));
    assert.ok((await isolatedWorldOrigins(ext.context, page)).includes(`chrome-extension://${ext.extensionId}`),
      'no content-script world from the extension in the page');
    const marks = await waitForMarks(page);
    assert.ok(marks.ranges + marks.elements >= 5, `expected many figures marked, got ${JSON.stringify(marks)}`);
    await page.close();
  });

  test('the service worker got the article from the content script: it is in the library with its figures', async () => {
    const page = await ext.context.newPage();
    const url = server.url('baodongkhoi.vn', ARTICLE_2023);
    await page.goto(url);
    await waitForMarks(page);
    const saved = await waitFor(async () => {
      const reply = await ext.sendMessage<Reply<SavedArticle | null>>({ type: 'get-article', url });
      assert.equal(reply.ok, true, `get-article failed: ${reply.error}`);
      return reply.data;
    }, 'the article to be saved', 10_000);
    assert.match(saved.article.headline ?? '', /19\/22 chỉ tiêu/);
    assert.ok(saved.figures.some((f) => f.text === '6,71%'), `the GRDP growth figure is missing: ${saved.figures.map((f) => f.text).join(' | ')}`);
    // Page furniture is not the article: the visitor counter in the footer must not be saved as a figure.
    assert.ok(!saved.figures.some((f) => f.text.includes('12.345.678')), 'the footer counter was saved as a figure');
    await page.close();
  });

  test('runs on government portals (*.gov.vn) too', async () => {
    const page = await ext.context.newPage();
    await page.goto(server.url('bentre.gov.vn', GOV_2024));
    const marks = await waitForMarks(page);
    assert.ok(marks.ranges + marks.elements > 0);
    await page.close();
  });

  test('leaves other sites alone: no content script, nothing marked, nothing saved', async () => {
    const page = await ext.context.newPage();
    const url = server.url('example.org', ARTICLE_2023.replace('/kinh-te/', '/baodongkhoi.vn/kinh-te/'));
    const response = await page.goto(url);
    assert.equal(response?.status(), 200, 'the same article must be served under example.org');
    await page.waitForTimeout(1500);
    assert.deepEqual(await isolatedWorldOrigins(ext.context, page), []);
    assert.deepEqual(await countMarks(page), { highlights: 0, ranges: 0, elements: 0 });
    const reply = await ext.sendMessage<Reply<SavedArticle | null>>({ type: 'get-article', url });
    assert.equal(reply.ok, true);
    assert.equal(reply.data, null);
    await page.close();
  });

  test('opens the popup page, which renders and speaks the extension\'s language', async () => {
    const errors: string[] = [];
    const popup = await ext.context.newPage();
    popup.on('pageerror', (error) => errors.push(error.message));
    await popup.goto(ext.extensionUrl(ext.popupPath));
    await popup.waitForFunction(() => (document.querySelector('#app')?.textContent ?? '').trim().length > 0, undefined, { timeout: 10_000 });
    const name = await popup.evaluate(() => (globalThis as unknown as { chrome: { i18n: { getMessage(k: string): string } } }).chrome.i18n.getMessage('extName'));
    assert.match(name, /^Soi Số/);
    assert.deepEqual(errors, []);
    await popup.close();
  });
});
