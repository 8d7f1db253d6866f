import './helpers.ts';
import { describe, expect, it } from 'vitest';
import { saveArticle } from '../../../src/background/library/save-article.ts';
import { getSeries } from '../../../src/background/library/series.ts';
import { deleteArticle } from '../../../src/background/library/corrections.ts';
import { clearAll, importJson } from '../../../src/background/library/import-json.ts';
import { exportJson } from '../../../src/background/library/export-json.ts';
import { article, fig, freshDb, POVERTY } from './helpers.ts';

const KEY = 'poverty_rate|tỉnh Bến Tre';

describe('article details in query results follow every write', () => {
  it('shows a new headline, a deleted article and an imported one at once', async () => {
    const db = await freshDb();
    const save = (url: string, headline: string) => saveArticle(db, { article: article(url, { headline }), extractorVersion: '1',
      figures: [fig('0,69%', 0.69, { ...POVERTY, period: '2023' })] });
    await save('https://a.vn/1', 'Cũ');
    await save('https://b.vn/1', 'Bài B');
    expect((await getSeries(db, KEY)).map((e) => e.article.headline)).toEqual(['Cũ', 'Bài B']);
    await save('https://a.vn/1', 'Mới');
    expect((await getSeries(db, KEY)).map((e) => e.article.headline).sort()).toEqual(['Bài B', 'Mới']);
    const file = (await exportJson(db)).text;
    await deleteArticle(db, 'https://b.vn/1');
    expect((await getSeries(db, KEY)).map((e) => e.article.headline)).toEqual(['Mới']);
    await clearAll(db);
    expect(await getSeries(db, KEY)).toEqual([]);
    await importJson(db, file.replace('"Bài B"', '"Bài B (nhập)"'));
    expect((await getSeries(db, KEY)).map((e) => e.article.headline).sort()).toEqual(['Bài B (nhập)', 'Mới']);
  });

  it('a read that overlaps a write does not keep the old details', async () => {
    const db = await freshDb();
    await saveArticle(db, { article: article('https://a.vn/1', { headline: 'Cũ' }), extractorVersion: '1', figures: [fig('0,69%', 0.69, { ...POVERTY, period: '2023' })] });
    const [reading] = await Promise.all([
      getSeries(db, KEY),
      saveArticle(db, { article: article('https://a.vn/1', { headline: 'Mới' }), extractorVersion: '1', figures: [fig('0,69%', 0.69, { ...POVERTY, period: '2023' })] }),
    ]);
    expect(['Cũ', 'Mới']).toContain(reading[0]!.article.headline);
    expect((await getSeries(db, KEY))[0]!.article.headline).toBe('Mới');
  });

  it('after a query that read many articles one by one, the rest are read once and later queries find them cached', async () => {
    const db = await freshDb();
    const save = (url: string, headline: string, indicator: string) => saveArticle(db, { article: article(url, { headline }), extractorVersion: '1',
      figures: [fig('0,69%', 0.69, { ...POVERTY, indicator, period: '2023' })] });
    for (let i = 0; i < 10; i++) await save(`https://a.vn/${i}`, `A${i}`, 'poverty_rate');
    for (let i = 0; i < 10; i++) await save(`https://b.vn/${i}`, `B${i}`, 'cpi');
    const get = IDBObjectStore.prototype.get;
    let gets = 0;
    IDBObjectStore.prototype.get = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['get']>) {
      if (this.name === 'articles') gets++;
      return get.apply(this, args);
    } as IDBObjectStore['get'];
    try {
      expect(await getSeries(db, KEY)).toHaveLength(10);
      expect(gets).toBe(10);
      await new Promise((r) => setTimeout(r, 50));
      expect((await getSeries(db, 'cpi|tỉnh Bến Tre')).map((e) => e.article.headline).sort()).toEqual(Array.from({ length: 10 }, (_, i) => `B${i}`));
      expect(gets).toBe(10);
      // A write still drops what it changes.
      await save('https://b.vn/3', 'B3 mới', 'cpi');
      gets = 0;
      expect((await getSeries(db, 'cpi|tỉnh Bến Tre')).map((e) => e.article.headline)).toContain('B3 mới');
      expect(gets).toBe(1);
    } finally {
      IDBObjectStore.prototype.get = get;
    }
  });
});
