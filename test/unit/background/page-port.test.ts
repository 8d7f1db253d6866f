// The page port saves a page view's article along with its first extraction: the page gets the library's ids in the
// extraction's answer and hears back only when it has something to act on.
import './helpers.ts';
import { describe, expect, it } from 'vitest';
import type { Runtime } from 'webextension-polyfill';
import { onPagePort, type PagePortDeps } from '../../../src/background/page-port.ts';
import { saveArticle } from '../../../src/background/library/save-article.ts';
import { getArticle } from '../../../src/background/library/article-queries.ts';
import { dismissFigure } from '../../../src/background/library/corrections.ts';
import { setSiteSaving } from '../../../src/background/library/site-settings.ts';
import { PAGE_PORT_NAME, type PortResponse, type PortSaved } from '../../../src/messages/page-messages.ts';
import type { LibraryDb } from '../../../src/background/db/open-db.ts';
import { article, freshDb } from './helpers.ts';

const URL1 = 'https://baodongkhoi.vn/kinh-te/thu-ngan-sach.html';
const TEXT = 'Năm 2023, thu ngân sách tỉnh Bến Tre đạt 1.400 tỉ đồng, tăng 30,43% so với năm 2022.\n\nTỷ lệ hộ nghèo giảm còn 0,69%.';

/** A port on the handler. `settled()` waits for what the handler does with a request: its answer, the save the answer
 *  started (the library's write itself, however long a loaded machine takes), and the notice posted after it. */
function portWith(deps: PagePortDeps, senderUrl?: string) {
  const posted: unknown[] = [];
  const saving = new Set<Promise<unknown>>();
  let listener: (m: unknown) => void = () => undefined;
  const port = {
    name: PAGE_PORT_NAME,
    sender: senderUrl === undefined ? undefined : { url: senderUrl },
    postMessage: (m: unknown) => void posted.push(m),
    onMessage: { addListener: (fn: (m: unknown) => void) => void (listener = fn) },
  };
  const save: PagePortDeps['save'] = deps.save && ((request, sender) => {
    const done = deps.save!(request, sender);
    saving.add(done);
    void done.finally(() => saving.delete(done));
    return done;
  });
  onPagePort(port as unknown as Runtime.Port, { ...deps, save });
  const settled = async () => {
    for (let i = 0; i < 500 && posted.length === 0; i++) await tick();
    while (saving.size) await Promise.allSettled([...saving]);
    await tick();
  };
  return { posted, send: (m: unknown) => listener(m), settled };
}

const tick = () => new Promise((r) => setTimeout(r, 0));

const librarySave = (db: LibraryDb): PagePortDeps['save'] => async (request) =>
  ({ ok: true, data: await saveArticle(db, { article: request.article, figures: request.figures, extractorVersion: request.extractorVersion }) });


describe('the page port', () => {
  it('saves the whole article with its extraction: the answer carries the ids the library then holds, and no notice follows', async () => {
    const db = await freshDb();
    const { posted, send, settled } = portWith({ save: librarySave(db) });
    send({ id: 1, type: 'extract', text: TEXT, save: article(URL1) });
    const answer = posted[0] as Extract<PortResponse, { ok: true }>;
    expect(answer.ok).toBe(true);
    expect(answer.figures.map((f) => f.text)).toEqual(['1.400 tỉ đồng', '30,43%', '0,69%']);
    await settled();
    expect(posted).toHaveLength(1);
    const stored = (await getArticle(db, URL1))!;
    expect(stored.figures.map((f) => f.anchor.exact)).toEqual(['1.400 tỉ đồng', '30,43%', '0,69%']);
    // The anchors come from the article text, with its context either side.
    expect(stored.figures[2]!.anchor).toEqual({ exact: '0,69%', prefix: ' 2022.\n\nTỷ lệ hộ nghèo giảm còn ', suffix: '.' });
    expect(answer.figureIds).toEqual(stored.figures.map((f) => f.id));
  });

  it("reads a provincial paper's page that names no place as the paper's province, and one that names its place as that place", async () => {
    const police = 'Trong quý III năm 2023, tỷ lệ điều tra, khám phá án chung đạt 95%, vượt 20% chỉ tiêu giao.';
    const lamDong = portWith({}, 'https://baolamdong.vn/phapluat/202310/an-ninh.html');
    lamDong.send({ id: 7, type: 'extract', text: police });
    await lamDong.settled();
    const answer = lamDong.posted[0] as Extract<PortResponse, { ok: true }>;
    expect(answer.locality).toBe('tỉnh Lâm Đồng');
    expect(answer.figures.map((f) => f.locality)).toEqual(['tỉnh Lâm Đồng', 'tỉnh Lâm Đồng']);
    const named = portWith({}, 'https://baolamdong.vn/phapluat/202310/an-ninh.html');
    named.send({ id: 8, type: 'extract', text: `Công an huyện Đức Trọng: ${police}` });
    await named.settled();
    expect((named.posted[0] as Extract<PortResponse, { ok: true }>).figures.map((f) => f.locality)).toEqual(['huyện Đức Trọng', 'huyện Đức Trọng']);
    // A city daily read nationwide gives no place of its own.
    const national = portWith({}, 'https://nld.com.vn/thoi-su/a.htm');
    national.send({ id: 9, type: 'extract', text: police });
    await national.settled();
    expect((national.posted[0] as Extract<PortResponse, { ok: true }>).locality).toBeUndefined();
  });

  it('an extraction that does not ask for the save saves nothing and carries no ids', async () => {
    const db = await freshDb();
    const { posted, send, settled } = portWith({ save: librarySave(db) });
    send({ id: 2, type: 'extract', text: TEXT });
    await settled();
    expect(posted).toHaveLength(1);
    expect((posted[0] as { figureIds?: string[] }).figureIds).toBeUndefined();
    expect(await getArticle(db, URL1)).toBeNull();
  });

  it('tells the page when saving is off for the site', async () => {
    const db = await freshDb();
    await setSiteSaving(db, 'baodongkhoi.vn', false);
    const { posted, send, settled } = portWith({ save: librarySave(db) });
    send({ id: 3, type: 'extract', text: TEXT, save: article(URL1) });
    await settled();
    expect(posted).toHaveLength(2);
    const notice = posted[1] as PortSaved;
    expect(notice).toMatchObject({ notice: 'saved', url: URL1, result: { ok: true, data: { saved: false } } });
    expect(await getArticle(db, URL1)).toBeNull();
  });

  it('tells the page when the library holds a figure the reader dismissed on an earlier visit', async () => {
    const db = await freshDb();
    const first = portWith({ save: librarySave(db) });
    first.send({ id: 4, type: 'extract', text: TEXT, save: article(URL1) });
    await first.settled();
    const ids = (first.posted[0] as { figureIds: string[] }).figureIds;
    await dismissFigure(db, ids[1]!);
    const again = portWith({ save: librarySave(db) });
    again.send({ id: 5, type: 'extract', text: TEXT, save: article(URL1) });
    await again.settled();
    expect(again.posted).toHaveLength(2);
    const notice = again.posted[1] as PortSaved;
    expect(notice.result.ok && notice.result.data.decided?.map((f) => [f.id, f.dismissed])).toEqual([[ids[1], true]]);
  });

  it('tells the page when the save failed', async () => {
    const { posted, send, settled } = portWith({ save: async () => ({ ok: false, error: 'Browser storage is full.', code: 'quota' }) });
    send({ id: 6, type: 'extract', text: TEXT, save: article(URL1) });
    await settled();
    expect(posted[1]).toEqual({ notice: 'saved', url: URL1, result: { ok: false, error: 'Browser storage is full.', code: 'quota' } });
  });

  it('answers a malformed request with an error and saves nothing', async () => {
    let saves = 0;
    const { posted, send, settled } = portWith({ save: async () => (saves++, { ok: false, error: 'x' }) });
    send({ id: 7, type: 'extract', text: TEXT, save: { url: 'not a url', site: 'x' } });
    await settled();
    expect(posted).toEqual([{ id: 7, ok: false, error: 'Malformed extraction request.' }]);
    expect(saves).toBe(0);
  });
});
