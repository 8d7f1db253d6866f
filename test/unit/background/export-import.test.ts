import './helpers.ts';
import { describe, expect, it } from 'vitest';
import { saveArticle } from '../../../src/background/library/save-article.ts';
import { exportJson } from '../../../src/background/library/export-json.ts';
import { exportCsv } from '../../../src/background/library/export-csv.ts';
import { clearAll, importJson } from '../../../src/background/library/import-json.ts';
import { addManualFigure, correctFigure, dismissFigure } from '../../../src/background/library/corrections.ts';
import { setSiteSaving } from '../../../src/background/library/site-settings.ts';
import { counts } from '../../../src/background/library/counts.ts';
import { LibraryError } from '../../../src/background/db/errors.ts';
import { article, BUDGET, fig, freshDb, POVERTY, withStorageFullAfter } from './helpers.ts';

async function library() {
  const db = await freshDb();
  const a = await saveArticle(db, { article: article('https://baodongkhoi.vn/a', { headline: 'Thu ngân sách "vượt" dự toán, 2023' }), extractorVersion: '1', figures: [
    fig('0,69%', 0.69, { ...POVERTY, period: '2023', direction: 'down' }, ['hộ nghèo giảm còn ', ', thấp']),
    fig('1.400 tỉ đồng', 1.4e12, { ...BUDGET, period: '2023', start: 50 }, ['=thu ', '\n']),
  ] }, 1_700_000_000_000);
  await saveArticle(db, { article: article('https://baolongan.vn/b'), extractorVersion: '1', figures: [fig('5%', 5)] }, 1_700_000_100_000);
  await correctFigure(db, a.figureIds[0]!, { value: 0.7 }, 1_700_000_200_000);
  await dismissFigure(db, a.figureIds[1]!, 1_700_000_300_000);
  await addManualFigure(db, 'https://baodongkhoi.vn/a', fig('34/43 chỉ tiêu', 34, { kind: 'ratio', of: 43 }), 1_700_000_400_000);
  await setSiteSaving(db, 'vnexpress.net', false, 1_700_000_500_000);
  return db;
}

describe('JSON export and import', () => {
  it('export → clear → import → export gives the same bytes', async () => {
    const db = await library();
    const first = (await exportJson(db)).text;
    const file = JSON.parse(first);
    expect(Object.keys(file)).toEqual(['format', 'version', 'exportedAt', 'articles', 'corrections', 'figures', 'settings']);
    expect(file).toMatchObject({ format: 'soi-so-library', version: 1, exportedAt: new Date(1_700_000_500_000).toISOString() });
    expect([file.articles.length, file.figures.length, file.corrections.length, file.settings.length]).toEqual([2, 4, 2, 1]);
    await clearAll(db);
    expect(await counts(db)).toMatchObject({ articles: 0, figures: 0 });
    expect(await importJson(db, first)).toEqual({ articles: 2, figures: 4, corrections: 2, settings: 1 });
    expect((await exportJson(db)).text).toBe(first);
  });

  it('keeps every field of a fully populated library (nothing dropped by the exporter)', async () => {
    const db = await freshDb();
    const full = fig('8 - 9%', 8, { kind: 'change', high: 9, of: 10, unit: '%', indicator: 'grdp_growth', locality: 'huyện Ba Tri',
      period: '2023-9M', modality: 'target', direction: 'up', base: 'same_period', status: 'exceeded', bound: 'about', start: 3 }, ['tăng ', ' so với']);
    await saveArticle(db, { article: article('https://a.vn/x', { canonicalUrl: 'https://a.vn/x?amp=1', locality: 'tỉnh Bến Tre' }), figures: [full], extractorVersion: '3.1.4' }, 5);
    const [id] = (await db.getAllKeys('figures'));
    await correctFigure(db, id!, { period: '2023', value: 8.5 }, 6);
    await setSiteSaving(db, 'a.vn', true, 7);
    const before = { a: await db.getAll('articles'), f: await db.getAll('figures'), c: await db.getAll('corrections'), s: await db.getAll('settings') };
    const text = (await exportJson(db)).text;
    await clearAll(db);
    await importJson(db, text);
    expect({ a: await db.getAll('articles'), f: await db.getAll('figures'), c: await db.getAll('corrections'), s: await db.getAll('settings') }).toEqual(before);
    // The 16 figure fields and id, articleId, seriesKey, anchor, extractorVersion, origin, corrected.
    expect(Object.keys(before.f[0]!).length).toBe(23);
  });

  it('importing the same file twice changes nothing, and merges into what is there', async () => {
    const db = await library();
    const text = (await exportJson(db)).text;
    await importJson(db, text);
    await importJson(db, text);
    expect((await exportJson(db)).text).toBe(text);
    const other = await freshDb();
    await saveArticle(other, { article: article('https://x.vn/z'), extractorVersion: '1', figures: [fig('7%', 7)] });
    await importJson(other, text);
    expect(await counts(other)).toMatchObject({ articles: 3, figures: 5, corrected: 1, dismissed: 1, manualFigures: 1 });
  });

  it('refuses malformed, foreign, newer and inconsistent files with a clear reason and changes nothing', async () => {
    const db = await library();
    const before = (await exportJson(db)).text;
    const good = JSON.parse(before);
    const bad: [string, RegExp][] = [
      ['{"format":"soi-so-library", "version":1, "articles": [', /not a JSON file/],
      [JSON.stringify({ format: 'other-app', version: 1, items: [] }), /not a Soi Số library export/],
      [JSON.stringify({ ...good, version: 2 }), /newer version of Soi Số/],
      [JSON.stringify({ ...good, figures: [...good.figures, { ...good.figures[0], value: 'many' }] }), /figures\.4\.value/],
      [JSON.stringify({ ...good, figures: [{ ...good.figures[0], articleId: 'https://gone.vn/x' }] }), /not in the file/],
      [JSON.stringify({ ...good, articles: [...good.articles, good.articles[0]] }), /appears twice/],
      [JSON.stringify({ ...good, figures: [{ ...good.figures[0], seriesKey: 'cpi|x' }] }), /series key/],
      [JSON.stringify({ ...good, figures: [{ ...good.figures[0], origin: 'manual' }] }), /does not match its origin/],
    ];
    for (const [text, reason] of bad) {
      const err = await importJson(db, text).catch((e: unknown) => e);
      expect(err, text.slice(0, 60)).toBeInstanceOf(LibraryError);
      expect((err as LibraryError).code).toBe('invalid');
      expect((err as LibraryError).message).toMatch(reason);
      expect((err as LibraryError).message).toMatch(/Nothing was changed/);
    }
    expect((await exportJson(db)).text).toBe(before);
  });

  it('a write that fails half-way leaves the library as it was', async () => {
    const db = await library();
    const text = (await exportJson(db)).text;
    const target = await freshDb();
    await saveArticle(target, { article: article('https://x.vn/z'), extractorVersion: '1', figures: [fig('7%', 7)] });
    const before = (await exportJson(target)).text;
    await expect(withStorageFullAfter(3, () => importJson(target, text))).rejects.toMatchObject({ code: 'quota' });
    expect((await exportJson(target)).text).toBe(before);
  });
});

describe('CSV export', () => {
  it('is UTF-8 with BOM, a header row, CRLF lines and proper quoting', async () => {
    const db = await library();
    const { text, filename } = await exportCsv(db);
    expect(filename).toMatch(/^soi-so-library-\d{4}-\d{2}-\d{2}\.figures\.csv$/);
    expect(text.startsWith('\uFEFFfigure_id,article_url,headline,site,published,text,kind,value,')).toBe(true);
    const lines = text.slice(1).split('\r\n');
    expect(lines).toHaveLength(1 + 4 + 1);
    expect(lines.at(-1)).toBe('');
    expect(text).toContain('"Thu ngân sách ""vượt"" dự toán, 2023"');
    expect(text).toContain(',1400000000000,');
    // A context that starts with "=" must not run as a spreadsheet formula; a newline inside stays quoted.
    expect(text).toContain(`"'=thu 1.400 tỉ đồng\n"`);
    expect(text).toMatch(/,0\.7,.*,yes,,1,/);
  });
});
