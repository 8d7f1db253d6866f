import './helpers.ts';
import { describe, expect, it } from 'vitest';
import { saveArticle } from '../../../src/background/library/save-article.ts';
import { getArticle } from '../../../src/background/library/article-queries.ts';
import { addManualFigure, correctFigure, deleteFigure, dismissFigure } from '../../../src/background/library/corrections.ts';
import { setSiteSaving } from '../../../src/background/library/site-settings.ts';
import { LibraryError } from '../../../src/background/db/errors.ts';
import { article, BUDGET, fig, freshDb, POVERTY, withStorageFullAfter } from './helpers.ts';

const URL1 = 'https://baodongkhoi.vn/kinh-te/a1.html';
const page = () => [
  fig('0,69%', 0.69, { ...POVERTY, period: '2023', start: 40 }, ['tỷ lệ hộ nghèo giảm còn ', ' ']),
  fig('1.400 tỉ đồng', 1.4e12, { ...BUDGET, period: '2023', start: 90 }, ['thu ngân sách đạt ', ', tăng']),
  fig('30,43%', 30.43, { kind: 'change', unit: '%', start: 110 }, ['tăng ', ' so với năm 2022']),
];

describe('saving an article', () => {
  it('stores the article and its figures with ids, series keys and anchors', async () => {
    const db = await freshDb();
    const r = await saveArticle(db, { article: article(URL1), figures: page(), extractorVersion: '1.0.0' }, 1000);
    expect(r).toMatchObject({ saved: true, added: 3, updated: 0, removed: 0, articleId: URL1 });
    const got = (await getArticle(db, URL1))!;
    expect(got.article).toMatchObject({ id: URL1, site: 'baodongkhoi.vn', firstSeen: 1000, lastSeen: 1000, extractorVersion: '1.0.0' });
    expect(got.figures.map((f) => f.seriesKey)).toEqual(['poverty_rate|tỉnh Bến Tre', 'budget_revenue|tỉnh Bến Tre', '|']);
    expect(got.figures[0]!.anchor).toEqual({ exact: '0,69%', prefix: 'tỷ lệ hộ nghèo giảm còn ', suffix: ' ' });
    expect(new Set(r.figureIds).size).toBe(3);
  });

  it('saving the same page again (even with tracking parameters) duplicates nothing', async () => {
    const db = await freshDb();
    const first = await saveArticle(db, { article: article(URL1), figures: page(), extractorVersion: '1.0.0' }, 1000);
    const again = await saveArticle(db, { article: article(`${URL1}?utm_source=zalo&zarsrc=31#top`), figures: page(), extractorVersion: '1.0.0' }, 5000);
    expect(again).toMatchObject({ added: 0, updated: 0, unchanged: 3, removed: 0 });
    expect(again.figureIds).toEqual(first.figureIds);
    expect(await db.count('articles')).toBe(1);
    expect(await db.count('figures')).toBe(3);
    const a = (await getArticle(db, URL1))!.article;
    expect([a.firstSeen, a.lastSeen, a.url]).toEqual([1000, 5000, URL1]);
  });

  it('tells identical figures apart by occurrence, and maps them back on the next save', async () => {
    const db = await freshDb();
    const twice = [fig('5%', 5, { start: 1 }), fig('5%', 5, { start: 30 })];
    const a = await saveArticle(db, { article: article(URL1), figures: twice, extractorVersion: '1' });
    const b = await saveArticle(db, { article: article(URL1), figures: twice, extractorVersion: '1' });
    expect(new Set(a.figureIds).size).toBe(2);
    expect(b.figureIds).toEqual(a.figureIds);
    expect(await db.count('figures')).toBe(2);
  });

  it('a newer extractor updates machine fields and drops figures it no longer finds, in one go', async () => {
    const db = await freshDb();
    await saveArticle(db, { article: article(URL1), figures: page(), extractorVersion: '1.0.0' });
    const [poverty, budget] = page();
    const better = { ...budget!, period: '2023', modality: 'estimate' as const };
    const r = await saveArticle(db, { article: article(URL1), figures: [poverty!, better], extractorVersion: '1.1.0' });
    // Both kept figures change: their extractorVersion is part of the record.
    expect(r).toMatchObject({ added: 0, updated: 2, unchanged: 0, removed: 1 });
    const figs = (await getArticle(db, URL1))!.figures;
    expect(figs.map((f) => f.text)).toEqual(['0,69%', '1.400 tỉ đồng']);
    expect(figs[1]).toMatchObject({ modality: 'estimate', extractorVersion: '1.1.0' });
  });

  it('the same version keeps figures a later, partial save did not send; an older version changes nothing', async () => {
    const db = await freshDb();
    await saveArticle(db, { article: article(URL1), figures: page(), extractorVersion: '1.1.0' });
    const partial = await saveArticle(db, { article: article(URL1), figures: page().slice(0, 1), extractorVersion: '1.1.0' });
    expect(partial.removed).toBe(0);
    const older = await saveArticle(db, { article: article(URL1), figures: [fig('99%', 99)], extractorVersion: '1.0.9' });
    expect(older).toMatchObject({ added: 0, removed: 0 });
    const got = (await getArticle(db, URL1))!;
    expect(got.figures).toHaveLength(3);
    expect(got.article.extractorVersion).toBe('1.1.0');
  });

  it('re-extraction never overwrites what a person decided', async () => {
    const db = await freshDb();
    const { figureIds } = await saveArticle(db, { article: article(URL1), figures: page(), extractorVersion: '1.0.0' });
    await correctFigure(db, figureIds[0]!, { period: '2022', locality: 'huyện Ba Tri' });
    await dismissFigure(db, figureIds[2]!);
    const manual = await addManualFigure(db, URL1, fig('34/43 chỉ tiêu', 34, { kind: 'ratio', of: 43, indicator: 'resolution_targets', start: 5 }));
    // A newer extractor that no longer finds the manual figure's text and reads the first figure differently.
    const reread = page().map((f) => ({ ...f, period: '2024' }));
    await saveArticle(db, { article: article(URL1), figures: reread, extractorVersion: '2.0.0' });
    const figs = new Map((await getArticle(db, URL1))!.figures.map((f) => [f.id, f]));
    expect(figs.get(figureIds[0]!)).toMatchObject({ period: '2022', locality: 'huyện Ba Tri', corrected: true, seriesKey: 'poverty_rate|huyện Ba Tri', extractorVersion: '2.0.0' });
    expect(figs.get(figureIds[1]!)).toMatchObject({ period: '2024' });
    expect(figs.get(figureIds[2]!)).toMatchObject({ dismissed: true });
    expect(figs.get(manual.id)).toMatchObject({ origin: 'manual', of: 43 });
  });

  it('the reply holds the figures the reader decided on, as get-article reads them (so the page asks no second time)', async () => {
    const db = await freshDb();
    const { figureIds } = await saveArticle(db, { article: article(URL1), figures: page(), extractorVersion: '1.0.0' });
    await correctFigure(db, figureIds[0]!, { period: '2022' });
    await dismissFigure(db, figureIds[2]!);
    await addManualFigure(db, URL1, fig('34/43 chỉ tiêu', 34, { kind: 'ratio', of: 43, indicator: 'resolution_targets', start: 5 }));
    // Same version (kept and upserted), newer (rewritten, one no longer found), older (nothing written).
    for (const [figures, version] of [[page(), '1.0.0'], [page().slice(0, 2), '1.1.0'], [page(), '1.0.9']] as const) {
      const r = await saveArticle(db, { article: article(URL1), figures: [...figures], extractorVersion: version });
      const stored = (await getArticle(db, URL1))!.figures;
      expect(r.decided).toEqual(stored.filter((f) => f.origin === 'manual' || f.dismissed || f.corrected));
      expect(r.decided?.length).toBeGreaterThan(0);
    }
    const last = (await getArticle(db, URL1))!.figures;
    expect(last.map((f) => f.text)).toEqual(['34/43 chỉ tiêu', '0,69%', '1.400 tỉ đồng']);
    expect(last[1]).toMatchObject({ period: '2022', corrected: true });
  });

  it('the reply of a save nobody decided on carries no stored figure, only the ids (a 1 MB page takes in ~4,900 fewer)', async () => {
    const db = await freshDb();
    const first = await saveArticle(db, { article: article(URL1), figures: page(), extractorVersion: '1.0.0' });
    const again = await saveArticle(db, { article: article(URL1), figures: page(), extractorVersion: '1.1.0' });
    for (const r of [first, again]) {
      expect(r.decided).toEqual([]);
      expect(r.figureIds).toHaveLength(3);
    }
  });

  it('deleting a machine figure dismisses it (so it does not come back); a manual one is deleted', async () => {
    const db = await freshDb();
    const { figureIds } = await saveArticle(db, { article: article(URL1), figures: page(), extractorVersion: '1' });
    expect(await deleteFigure(db, figureIds[0]!)).toEqual({ deleted: false, dismissed: true });
    await saveArticle(db, { article: article(URL1), figures: page(), extractorVersion: '2' });
    expect((await db.get('figures', figureIds[0]!))?.dismissed).toBe(true);
    const m = await addManualFigure(db, URL1, fig('12 xã', 12, { unit: 'xã' }));
    expect(await deleteFigure(db, m.id)).toEqual({ deleted: true, dismissed: false });
    expect(await db.get('figures', m.id)).toBeUndefined();
    await expect(correctFigure(db, 'nope', { value: 1 })).rejects.toMatchObject({ code: 'not-found' });
  });

  it('does not save on a site where saving is turned off', async () => {
    const db = await freshDb();
    await setSiteSaving(db, 'www.BaoDongKhoi.vn', false);
    const r = await saveArticle(db, { article: article(URL1), figures: page(), extractorVersion: '1' });
    expect(r.saved).toBe(false);
    expect(await db.count('figures')).toBe(0);
    expect(await db.count('articles')).toBe(0);
  });

  it('pausing is by host name, whatever display name the page gives its site', async () => {
    const db = await freshDb();
    await setSiteSaving(db, 'baodongkhoi.vn', false);
    const r = await saveArticle(db, { article: { ...article(URL1), site: 'Báo Đồng Khởi' }, figures: page(), extractorVersion: '1' });
    expect(r.saved).toBe(false);
    expect(await db.count('figures')).toBe(0);
  });

  it('when storage is full: a clear error, and nothing half-written or lost', async () => {
    const db = await freshDb();
    await saveArticle(db, { article: article(URL1), figures: page(), extractorVersion: '1.0.0' });
    // Let the article and one figure through, then run out of space.
    const more = [...page(), fig('870 lao động', 870, { unit: 'lao động', start: 200 }), fig('12 xã', 12, { start: 300 })];
    const err = await withStorageFullAfter(2, () => saveArticle(db, { article: article(URL1), figures: more, extractorVersion: '2.0.0' }, 9999)).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(LibraryError);
    expect((err as LibraryError).code).toBe('quota');
    expect((err as LibraryError).message).toMatch(/storage is full.*still there/s);
    const got = (await getArticle(db, URL1))!;
    expect(got.figures).toHaveLength(3);
    expect(got.article.extractorVersion).toBe('1.0.0');
    expect(got.article.lastSeen).not.toBe(9999);
  });
});
