import './helpers.ts';
import { describe, expect, it } from 'vitest';
import { handleTransferPort, type PortWithSender } from '../../../src/background/transfer.ts';
import { exportLibrary, importLibrary, type PortLike } from '../../../src/messages/transfer-client.ts';
import { IMPORT_WINDOW, TRANSFER_PORT_NAME } from '../../../src/messages/transfer.ts';
import { exportJson } from '../../../src/background/library/export-json.ts';
import { exportCsv } from '../../../src/background/library/export-csv.ts';
import { clearAll } from '../../../src/background/library/import-json.ts';
import { saveArticle } from '../../../src/background/library/save-article.ts';
import type { LibraryDb } from '../../../src/background/db/open-db.ts';
import { article, fig, freshDb, withStorageFullAfter } from './helpers.ts';

const EXT = 'abcdefghijklmnopabcdefghijklmnop';
const PAGE = `chrome-extension://${EXT}/src/library/index.html`;

interface Wire { toBackground: { op: string; [k: string]: unknown }[]; toPage: { op: string; [k: string]: unknown }[] }

/** Two connected in-memory ports, delivering asynchronously and by copy, as the runtime does. */
function connectTo(db: LibraryDb, opts: { senderUrl?: string; partChars?: number; batch?: number; wire?: Wire } = {}): () => PortLike {
  return () => {
    type L = (m: unknown) => void;
    const side = () => ({ msg: [] as L[], gone: [] as (() => void)[], open: true, log: [] as Wire['toPage'] });
    const a = side();
    const b = side();
    if (opts.wire) { a.log = opts.wire.toBackground; b.log = opts.wire.toPage; }
    const make = (me: typeof a, other: typeof a): PortLike => ({
      postMessage: (m) => {
        if (!me.open) throw new Error('Attempting to use a disconnected port object');
        const copy = structuredClone(m) as Wire['toPage'][number];
        me.log.push(copy);
        setTimeout(() => other.open && other.msg.forEach((l) => l(copy)));
      },
      disconnect: () => { if (!me.open) return; me.open = false; setTimeout(() => { other.open = false; other.gone.forEach((l) => l()); }); },
      onMessage: { addListener: (l) => me.msg.push(l) },
      onDisconnect: { addListener: (l) => me.gone.push(l) },
    });
    const server = make(b, a) as PortWithSender;
    server.name = TRANSFER_PORT_NAME;
    server.sender = { id: EXT, url: opts.senderUrl ?? PAGE };
    handleTransferPort(server, { extensionId: EXT, extensionUrl: `chrome-extension://${EXT}/`, db: async () => db, partChars: opts.partChars ?? 700, batch: opts.batch ?? 3 });
    return make(a, b);
  };
}

async function library(headline = 'Tin', articles = 5) {
  const db = await freshDb();
  for (let i = 0; i < articles; i++) {
    await saveArticle(db, { article: article(`https://baodongkhoi.vn/${i}`, { headline: `${headline} ${i}` }), extractorVersion: '1',
      figures: Array.from({ length: 6 }, (_, k) => fig(`${k},${i}%`, k + i / 10, { start: k * 20, indicator: 'cpi', period: '2023' }, ['chỉ số giá ', ''])) });
  }
  return db;
}

const bytes = async (blob: Blob) => Buffer.from(await blob.arrayBuffer());
const utf8 = (text: string) => Buffer.from(text, 'utf8');

describe('streamed export and chunked import over a port', () => {
  it('the streamed export is byte for byte the one-message export, and imports back into the same library', async () => {
    const db = await library();
    const direct = (await exportJson(db)).text;
    expect(direct.length).toBeGreaterThan(700 * 5);
    const wire: Wire = { toBackground: [], toPage: [] };
    const exported = await exportLibrary(connectTo(db, { wire }), 'json', 'text');
    expect(exported).toMatchObject({ ok: true, data: { filename: expect.stringMatching(/\.json$/) } });
    if (!exported.ok) return;
    // 30 figures read 3 at a time: the file came in many parts, each posted as its figures were read.
    expect(wire.toPage.filter((m) => m.op === 'part').length).toBeGreaterThan(5);
    expect(exported.data.blob.type).toBe('application/json');
    expect((await bytes(exported.data.blob)).equals(utf8(direct))).toBe(true);
    await clearAll(db);
    expect(await importLibrary(connectTo(db), exported.data.blob, { partChars: 500 })).toEqual({ ok: true, data: { articles: 5, figures: 30, corrections: 0, settings: 0 } });
    expect((await exportJson(db)).text).toBe(direct);
  });

  it('streams the CSV export too, BOM included, byte for byte', async () => {
    const db = await library();
    const csv = await exportLibrary(connectTo(db, { partChars: 300 }), 'csv');
    expect(csv.ok).toBe(true);
    if (!csv.ok) return;
    expect(csv.data.blob.type).toMatch(/^text\/csv/);
    expect((await bytes(csv.data.blob)).equals(utf8((await exportCsv(db)).text))).toBe(true);
  });

  it('also carries gzip-compressed parts both ways', async () => {
    const db = await library();
    const direct = (await exportJson(db)).text;
    const exported = await exportLibrary(connectTo(db), 'json', 'gzip-base64');
    expect(exported.ok && (await bytes(exported.data.blob)).equals(utf8(direct))).toBe(true);
    await clearAll(db);
    expect(await importLibrary(connectTo(db), direct, { partChars: 400, encoding: 'gzip-base64' })).toMatchObject({ ok: true, data: { figures: 30 } });
    expect((await exportJson(db)).text).toBe(direct);
  });

  it('never cuts a character in two between parts (astral characters survive any part size)', async () => {
    const db = await library('Bến Tre 𝟚𝟘𝟚𝟛 🌾🌾🌾', 1);
    const direct = (await exportJson(db)).text;
    for (const partChars of [1, 2, 3, 5, 7]) {
      const exported = await exportLibrary(connectTo(db, { partChars, batch: 1 }), 'json');
      expect(exported.ok && (await bytes(exported.data.blob)).equals(utf8(direct)), `parts of ${partChars}`).toBe(true);
    }
    await clearAll(db);
    expect(await importLibrary(connectTo(db), direct, { partChars: 3 })).toEqual({ ok: true, data: { articles: 1, figures: 6, corrections: 0, settings: 0 } });
    expect((await exportJson(db)).text).toBe(direct);
  });

  it('an export is one snapshot: a save that starts during it is not half in the file', async () => {
    const db = await library();
    const before = (await exportJson(db)).text;
    const exporting = exportLibrary(connectTo(db, { batch: 2 }), 'json');
    // Re-extraction rewrites an article's figures while the export is reading them in batches.
    await new Promise((r) => setTimeout(r, 2));
    const saving = saveArticle(db, { article: article('https://baodongkhoi.vn/3'), extractorVersion: '2', figures: [fig('9%', 9, { indicator: 'cpi', period: '2024' })] });
    const [exported] = await Promise.all([exporting, saving]);
    const after = (await exportJson(db)).text;
    expect(after).not.toBe(before);
    expect(exported.ok).toBe(true);
    if (!exported.ok) return;
    expect([before, after]).toContain(await exported.data.blob.text());
  });

  it('an export that fails midway is answered as an error, never as a partial file', async () => {
    const db = await library();
    const getAll = IDBObjectStore.prototype.getAll;
    let calls = 0;
    IDBObjectStore.prototype.getAll = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['getAll']>) {
      if (this.name === 'figures' && ++calls === 4) throw new DOMException('disk gone', 'UnknownError');
      return getAll.apply(this, args);
    } as IDBObjectStore['getAll'];
    try {
      const r = await exportLibrary(connectTo(db), 'json');
      expect(r.ok).toBe(false);
    } finally {
      IDBObjectStore.prototype.getAll = getAll;
    }
    expect((await exportLibrary(connectTo(db), 'json')).ok).toBe(true);
  });

  it('keeps at most a few import parts in flight, each acknowledged once taken in', async () => {
    const db = await library();
    const text = (await exportJson(db)).text;
    await clearAll(db);
    const wire: Wire = { toBackground: [], toPage: [] };
    const connect = connectTo(db, { wire });
    let inFlight = 0;
    let most = 0;
    const counting = () => {
      const port = connect();
      const post = port.postMessage.bind(port);
      port.postMessage = (m) => { if ((m as { op: string }).op === 'part') most = Math.max(most, ++inFlight); post(m); };
      port.onMessage.addListener((m) => { if ((m as { op: string }).op === 'ack') inFlight--; });
      return port;
    };
    expect(await importLibrary(counting, text, { partChars: 200 })).toMatchObject({ ok: true, data: { figures: 30 } });
    const parts = wire.toBackground.filter((m) => m.op === 'part').length;
    expect(parts).toBeGreaterThan(IMPORT_WINDOW * 3);
    expect(most).toBeLessThanOrEqual(IMPORT_WINDOW);
    expect(wire.toPage.filter((m) => m.op === 'ack')).toHaveLength(parts);
    expect((await exportJson(db)).text).toBe(text);
  });

  it('importing the same file twice over the port changes nothing', async () => {
    const db = await library();
    const text = (await exportJson(db)).text;
    expect((await importLibrary(connectTo(db), text, { partChars: 300 })).ok).toBe(true);
    expect((await importLibrary(connectTo(db), text, { partChars: 300 })).ok).toBe(true);
    expect((await exportJson(db)).text).toBe(text);
  });

  it('a file with a bad record in the middle is refused with the reason, and nothing of it is written', async () => {
    const db = await library();
    const good = (await exportJson(db)).text;
    const target = await freshDb();
    await saveArticle(target, { article: article('https://x.vn/z'), extractorVersion: '1', figures: [fig('7%', 7)] });
    const before = (await exportJson(target)).text;
    const file = JSON.parse(good) as { figures: Record<string, unknown>[] };
    file.figures[17] = { ...file.figures[17], value: 'many' };
    const r = await importLibrary(connectTo(target), JSON.stringify(file, null, 1), { partChars: 300 });
    expect(r).toMatchObject({ ok: false, code: 'invalid', error: expect.stringMatching(/figures\.17\.value.*Nothing was changed/) });
    expect((await exportJson(target)).text).toBe(before);
  });

  it('a write that fails midway (storage full) leaves the library as it was', async () => {
    const db = await library();
    const text = (await exportJson(db)).text;
    const target = await freshDb();
    await saveArticle(target, { article: article('https://x.vn/z'), extractorVersion: '1', figures: [fig('7%', 7)] });
    const before = (await exportJson(target)).text;
    expect(await withStorageFullAfter(20, () => importLibrary(connectTo(target), text, { partChars: 300 }))).toMatchObject({ ok: false, code: 'quota' });
    expect((await exportJson(target)).text).toBe(before);
  });

  it('a page that goes away midway through an import leaves the library as it was', async () => {
    const db = await library();
    const before = (await exportJson(db)).text;
    const other = await library('Khác');
    const text = (await exportJson(other)).text;
    const port = connectTo(db)();
    port.postMessage({ op: 'import' });
    port.postMessage({ op: 'part', index: 0, text: text.slice(0, 1000) });
    port.postMessage({ op: 'part', index: 1, text: text.slice(1000, 2000) });
    port.disconnect();
    await new Promise((r) => setTimeout(r, 50));
    expect((await exportJson(db)).text).toBe(before);
  });

  it('refuses text that is not JSON as soon as it arrives, and parts out of order', async () => {
    const db = await library();
    const before = (await exportJson(db)).text;
    const wire: Wire = { toBackground: [], toPage: [] };
    const notJson = `{"format":"soi-so-library","version":1,"articles":[} ${'x'.repeat(5000)}`;
    expect(await importLibrary(connectTo(db, { wire }), notJson, { partChars: 100 })).toMatchObject({ ok: false, code: 'invalid', error: expect.stringMatching(/not a JSON file/) });
    // Refused after the first part, well before the whole file was sent.
    expect(wire.toBackground.filter((m) => m.op === 'part').length).toBeLessThanOrEqual(IMPORT_WINDOW + 1);
    expect(await importLibrary(connectTo(db), `${before.slice(0, 2000)}`, { partChars: 300 })).toMatchObject({ ok: false, code: 'invalid', error: expect.stringMatching(/not a JSON file/) });
    const port = connectTo(db)();
    const reply = new Promise((resolve) => port.onMessage.addListener(resolve));
    port.postMessage({ op: 'import' });
    port.postMessage({ op: 'part', index: 1, text: before });
    expect(await reply).toMatchObject({ op: 'result', result: { ok: false, error: expect.stringMatching(/out of order/) } });
    expect((await exportJson(db)).text).toBe(before);
  });

  it('a damaged compressed upload is refused and changes nothing', async () => {
    const db = await library();
    const before = (await exportJson(db)).text;
    const port = connectTo(db)();
    const reply = new Promise((resolve) => port.onMessage.addListener(resolve));
    port.postMessage({ op: 'import', encoding: 'gzip-base64' });
    port.postMessage({ op: 'part', index: 0, text: btoa('definitely not gzip') });
    expect(await reply).toMatchObject({ op: 'result', result: { ok: false, code: 'invalid', error: expect.stringMatching(/damaged/) } });
    expect((await exportJson(db)).text).toBe(before);
  });

  it('an import missing its last parts is refused', async () => {
    const db = await library();
    const before = (await exportJson(db)).text;
    const port = connectTo(db)();
    const replies: { op: string }[] = [];
    const result = new Promise((resolve) => port.onMessage.addListener((m) => { replies.push(m as { op: string }); if ((m as { op: string }).op === 'result') resolve(m); }));
    port.postMessage({ op: 'import' });
    port.postMessage({ op: 'part', index: 0, text: before.slice(0, 100) });
    port.postMessage({ op: 'commit', parts: 2 });
    expect(await result).toMatchObject({ result: { ok: false, error: expect.stringMatching(/incomplete/) } });
    expect((await exportJson(db)).text).toBe(before);
  });

  it('a page that closes mid-export leaves no unhandled error behind', async () => {
    const db = await library();
    const port = connectTo(db, { batch: 1 })();
    port.onMessage.addListener((m) => { if ((m as { op: string }).op === 'part') port.disconnect(); });
    port.postMessage({ op: 'export', kind: 'json' });
    await new Promise((r) => setTimeout(r, 100));
    expect((await exportLibrary(connectTo(db), 'json')).ok).toBe(true);
  });

  it('streams an empty library as the same file as one message', async () => {
    const db = await freshDb();
    const exported = await exportLibrary(connectTo(db), 'json');
    const empty = '{"format":"soi-so-library","version":1,"exportedAt":null,\n"articles":[],\n"corrections":[],\n"figures":[],\n"settings":[]}\n';
    expect((await exportJson(db)).text).toBe(empty);
    expect(exported.ok && await exported.data.blob.text()).toBe(empty);
  });

  it('refuses connections that do not come from the extension pages', async () => {
    const db = await library();
    const r = await exportLibrary(connectTo(db, { senderUrl: 'https://baodongkhoi.vn/a.html' }), 'json');
    expect(r).toMatchObject({ ok: false, code: 'refused' });
  });
});
