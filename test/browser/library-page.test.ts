// Through a real page: the content script finds the figures of a fixture article and the library keeps them;
// reloading the page (or visiting it with tracking parameters) adds nothing.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  launchChromium, serveFixtures, waitFor, waitForMarks, ROOT, type ChromiumWithExtension, type FixtureServer,
} from './support/index.ts';

const ARTICLE = '/kinh-te/ben-tre-nam-2023-dat-19-22-chi-tieu.html';

interface Reply<T> { ok: boolean; data?: T; error?: string }
interface Saved { article: { id: string; lastSeen: number; firstSeen: number }; figures: { id: string; text: string }[] }
interface Counts { articles: number; figures: number }

describe('Chromium: a page\'s figures land in the library', { timeout: 120_000 }, () => {
  let server: FixtureServer;
  let ext: ChromiumWithExtension;
  before(async () => {
    server = await serveFixtures(`${ROOT}demo`, { byHost: true });
    ext = await launchChromium({ dist: process.env.SOI_SO_DIST });
  });
  after(async () => {
    await ext?.close();
    await server?.close();
  });

  test('visiting saves the article once; reloading and tracking parameters add nothing', async () => {
    const url = server.url('baodongkhoi.vn', ARTICLE);
    const page = await ext.context.newPage();
    await page.goto(url);
    await waitForMarks(page);
    const first = await waitFor(async () => {
      const r = await ext.sendMessage<Reply<Saved | null>>({ type: 'get-article', url });
      return r.data && r.data.figures.length > 0 ? r.data : undefined;
    }, 'the article in the library', 15_000);
    const counts = (await ext.sendMessage<Reply<Counts>>({ type: 'counts' })).data!;
    assert.equal(counts.articles, 1);
    assert.equal(counts.figures, first.figures.length);

    for (const again of [url, `${url}?utm_source=facebook&fbclid=abc#binh-luan`]) {
      const seen = (await ext.sendMessage<Reply<Saved>>({ type: 'get-article', url })).data!.article.lastSeen;
      await page.goto(again);
      await waitForMarks(page);
      // The visit is recorded (lastSeen moves), which proves the save ran before we count.
      await waitFor(async () => ((await ext.sendMessage<Reply<Saved>>({ type: 'get-article', url })).data!.article.lastSeen > seen),
        'the repeat visit to be saved', 15_000);
    }
    const after = (await ext.sendMessage<Reply<Saved>>({ type: 'get-article', url })).data!;
    assert.deepEqual(after.figures.map((f) => f.id), first.figures.map((f) => f.id));
    assert.equal(after.article.firstSeen, first.article.firstSeen);
    assert.deepEqual((await ext.sendMessage<Reply<Counts>>({ type: 'counts' })).data, counts);
    await page.close();
  });
});
