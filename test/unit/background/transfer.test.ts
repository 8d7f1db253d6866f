import './helpers.ts';
import { describe, expect, it } from 'vitest';
import { handleTransferPort, type PortWithSender } from '../../../src/background/transfer.ts';
import { exportLibrary, importLibrary, type PortLike } from '../../../src/messages/transfer-client.ts';
import { TRANSFER_PORT_NAME } from '../../../src/messages/transfer.ts';
import { exportJson } from '../../../src/background/library/export-json.ts';
import { clearAll } from '../../../src/background/library/import-json.ts';
import { saveArticle } from '../../../src/background/library/save-article.ts';
import type { LibraryDb } from '../../../src/background/db/open-db.ts';
import { article, fig, freshDb } from './helpers.ts';

const EXT = 'abcdefghijklmnopabcdefghijklmnop';
const PAGE = `chrome-extension://${EXT}/src/library/index.html`;

/** Two connected in-memory ports, delivering asynchronously and by copy, as the runtime does. */
function connectTo(db: LibraryDb, senderUrl = PAGE, chunkChars = 700): () => PortLike {
  return () => {
    type L = (m: unknown) => void;
    const side = () => ({ msg: [] as L[], gone: [] as (() => void)[], open: true });
    const a = side();
    const b = side();
    const make = (me: typeof a, other: typeof a): PortLike => ({
      postMessage: (m) => { if (!me.open) throw new Error('Attempting to use a disconnected port object'); const copy = structuredClone(m); setTimeout(() => other.open && other.msg.forEach((l) => l(copy))); },
      disconnect: () => { if (!me.open) return; me.open = false; setTimeout(() => { other.open = false; other.gone.forEach((l) => l()); }); },
      onMessage: { addListener: (l) => me.msg.push(l) },
      onDisconnect: { addListener: (l) => me.gone.push(l) },
    });
    const server = make(b, a) as PortWithSender;
    server.name = TRANSFER_PORT_NAME;
    server.sender = { id: EXT, url: senderUrl };
    handleTransferPort(server, { extensionId: EXT, extensionUrl: `chrome-extension://${EXT}/`, db: async () => db, chunkChars });
    return make(a, b);
  };
}

async function library() {
  const db = await freshDb();
  for (let i = 0; i < 5; i++) {
    await saveArticle(db, { article: article(`https://baodongkhoi.vn/${i}`), extractorVersion: '1',
      figures: Array.from({ length: 6 }, (_, k) => fig(`${k},${i}%`, k + i / 10, { start: k * 20, indicator: 'cpi', period: '2023' }, ['chỉ số giá ', ''])) });
  }
  return db;
}

describe('chunked export and import over a port', () => {
  it('exports in many parts and imports them back into the same library', async () => {
    const db = await library();
    const direct = (await exportJson(db)).text;
    expect(direct.length).toBeGreaterThan(700 * 5);
    const exported = await exportLibrary(connectTo(db), 'json');
    expect(exported).toMatchObject({ ok: true, data: { filename: expect.stringMatching(/\.json$/) } });
    if (!exported.ok) return;
    expect(exported.data.text).toBe(direct);
    await clearAll(db);
    expect(await importLibrary(connectTo(db), exported.data.text, 500)).toEqual({ ok: true, data: { articles: 5, figures: 30, corrections: 0, settings: 0 } });
    expect((await exportJson(db)).text).toBe(direct);
    const csv = await exportLibrary(connectTo(db), 'csv');
    expect(csv.ok && csv.data.text.startsWith('\uFEFFfigure_id,')).toBe(true);
  });

  it('also carries plain text (no compression) both ways', async () => {
    const db = await library();
    const direct = (await exportJson(db)).text;
    const exported = await exportLibrary(connectTo(db), 'json', 'text');
    expect(exported.ok && exported.data.text).toBe(direct);
    await clearAll(db);
    expect(await importLibrary(connectTo(db), direct, 400, 'text')).toMatchObject({ ok: true, data: { figures: 30 } });
    expect((await exportJson(db)).text).toBe(direct);
  });

  it('a damaged compressed upload is refused and changes nothing', async () => {
    const db = await library();
    const before = (await exportJson(db)).text;
    const port = connectTo(db)();
    const reply = new Promise((resolve) => port.onMessage.addListener(resolve));
    port.postMessage({ op: 'import', parts: 1, encoding: 'gzip-base64' });
    port.postMessage({ op: 'part', index: 0, text: btoa('definitely not gzip') });
    expect(await reply).toMatchObject({ op: 'result', result: { ok: false, code: 'invalid', error: expect.stringMatching(/damaged/) } });
    expect((await exportJson(db)).text).toBe(before);
  });

  it('a bad file is answered with the reason and changes nothing', async () => {
    const db = await library();
    const before = (await exportJson(db)).text;
    const r = await importLibrary(connectTo(db), `${before.slice(0, 2000)}`, 300);
    expect(r).toMatchObject({ ok: false, code: 'invalid', error: expect.stringMatching(/not a JSON file/) });
    expect((await exportJson(db)).text).toBe(before);
  });

  it('a page that closes mid-export leaves no unhandled error behind', async () => {
    const db = await library();
    const port = connectTo(db)();
    port.postMessage({ op: 'export', kind: 'json' });
    port.disconnect();
    await new Promise((r) => setTimeout(r, 50));
    expect((await exportLibrary(connectTo(db), 'json')).ok).toBe(true);
  });

  it('refuses connections that do not come from the extension pages', async () => {
    const db = await library();
    const r = await exportLibrary(connectTo(db, 'https://baodongkhoi.vn/a.html'), 'json');
    expect(r).toMatchObject({ ok: false, code: 'refused' });
  });
});
