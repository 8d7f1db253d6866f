// The library page exports through a port (the file streamed in parts, saved from a Blob) and imports a chosen file
// through a port (read as a stream, sent in parts), so a library past the 64 MiB message cap still round-trips.
// Here: the downloads are byte for byte the one-message exports; export → clear → import gives the same library;
// the same file twice changes nothing; a broken file is refused with a reason and changes nothing.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { launchChromium, waitFor, type ChromiumWithExtension } from './support/index.ts';

interface Reply<T> { ok: boolean; data?: T; error?: string }
interface Counts { articles: number; figures: number }

/** A library file of `articles` × `perArticle` machine figures (Vietnamese text, so the UTF-8 is multi-byte). */
function libraryFile(articles: number, perArticle: number): string {
  const file = { format: 'soi-so-library', version: 1, exportedAt: null, articles: [] as unknown[], figures: [] as unknown[], corrections: [], settings: [] };
  for (let a = 0; a < articles; a++) {
    const id = `https://baodongkhoi.vn/tin-${a}.html`;
    file.articles.push({ id, url: id, site: 'baodongkhoi.vn', headline: `Kinh tế - xã hội Bến Tre bài ${a}`, published: '2023-12-20', firstSeen: 1000 + a, lastSeen: 2000 + a, extractorVersion: '1.0.0' });
    for (let i = 0; i < perArticle; i++) {
      const text = `${a % 97},${i}%`;
      file.figures.push({ id: `f${a}x${i}`, articleId: id, seriesKey: `poverty_rate|tỉnh Bến Tre`, start: i * 40, end: i * 40 + text.length, text, kind: 'level',
        value: a % 97 + i / 10, unit: '%', indicator: 'poverty_rate', locality: 'tỉnh Bến Tre', period: String(2015 + (i % 10)),
        anchor: { exact: text, prefix: `tỷ lệ hộ nghèo giảm còn `, suffix: ` so với cùng kỳ` }, extractorVersion: '1.0.0', origin: 'machine' });
    }
  }
  return JSON.stringify(file);
}

describe('Chromium: the library page exports and imports over a port', { timeout: 180_000 }, () => {
  let ext: ChromiumWithExtension;
  let lib: Page;
  before(async () => {
    ext = await launchChromium();
    lib = await ext.openLibrary();
    await lib.evaluate(() => localStorage.setItem('soi-so-lang', 'vi'));
    // Count the ports the page opens and the import answers it gets: the transfers went that way, not as one message.
    await lib.addInitScript(() => {
      const g = globalThis as unknown as { __ports: number; __answers: number; chrome: { runtime: { connect(...a: unknown[]): unknown } } };
      const connect = g.chrome.runtime.connect.bind(g.chrome.runtime);
      g.__ports = 0;
      g.__answers = 0;
      g.chrome.runtime.connect = (...a: unknown[]) => {
        g.__ports++;
        const port = connect(...a) as { onMessage: { addListener(f: (m: { op: string }) => void): void } };
        port.onMessage.addListener((m) => { if (m.op === 'result') g.__answers++; });
        return port;
      };
    });
    const seeded = await ext.sendMessage<Reply<unknown>>({ type: 'import-json', json: libraryFile(120, 50) });
    assert.ok(seeded.ok, seeded.error);
    await lib.reload();
  });
  after(async () => {
    await ext?.close();
  });

  const send = <T>(m: unknown) => ext.sendMessage<Reply<T>>(m);
  const ports = () => lib.evaluate(() => (globalThis as unknown as { __ports: number }).__ports);
  const answers = () => lib.evaluate(() => (globalThis as unknown as { __answers: number }).__answers);
  async function download(button: string): Promise<Buffer> {
    const [d] = await Promise.all([lib.waitForEvent('download'), lib.getByRole('button', { name: button }).click()]);
    return readFile((await d.path())!);
  }
  async function importFile(file: string | { name: string; mimeType: string; buffer: Buffer }): Promise<string> {
    const before = await answers();
    await lib.locator('input[type="file"]').setInputFiles(file);
    await waitFor(async () => (await answers()) > before, 'the import to be answered', 60_000);
    return lib.locator('.status').innerText();
  }

  test('the JSON and CSV downloads are the exports byte for byte, and the JSON imports back into the same library', async () => {
    const direct = (await send<{ text: string }>({ type: 'export-json' })).data!.text;
    const counts = (await send<Counts>({ type: 'counts' })).data!;
    assert.deepEqual([counts.articles, counts.figures], [120, 6000]);
    const before = await ports();
    const json = await download('Xuất JSON');
    assert.ok(json.equals(Buffer.from(direct, 'utf8')), 'the JSON download is the export-json text');
    const csv = await download('Xuất CSV');
    assert.ok(csv.equals(Buffer.from((await send<{ text: string }>({ type: 'export-csv' })).data!.text, 'utf8')), 'the CSV download, BOM and all');
    assert.equal(await ports(), before + 2);

    // Export → clear → import (the saved download, chosen in the page) → export gives the same bytes.
    const [d] = await Promise.all([lib.waitForEvent('download'), lib.getByRole('button', { name: 'Xuất JSON' }).click()]);
    const path = (await d.path())!;
    assert.ok((await send<unknown>({ type: 'clear-all', confirm: true })).ok);
    assert.equal((await send<Counts>({ type: 'counts' })).data!.figures, 0);
    assert.equal(await importFile(path), 'Đã nhập xong.');
    assert.equal((await send<{ text: string }>({ type: 'export-json' })).data!.text, direct);
    // The same file again changes nothing.
    assert.equal(await importFile(path), 'Đã nhập xong.');
    assert.equal((await send<{ text: string }>({ type: 'export-json' })).data!.text, direct);
    assert.equal(await ports(), before + 5);
  });

  test('a broken file is refused with the reason and changes nothing', async () => {
    const direct = (await send<{ text: string }>({ type: 'export-json' })).data!.text;
    const broken = `${direct.slice(0, Math.floor(direct.length * 0.7))}`;
    assert.match(await importFile({ name: 'hong.json', mimeType: 'application/json', buffer: Buffer.from(broken, 'utf8') }), /^Không nhập được: .*not a JSON file.*Nothing was changed/);
    assert.equal(await lib.locator('.status[role="alert"]').count(), 1);
    assert.equal((await send<{ text: string }>({ type: 'export-json' })).data!.text, direct);
  });
});
