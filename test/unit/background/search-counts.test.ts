import './helpers.ts';
import { describe, expect, it } from 'vitest';
import { saveArticle } from '../../../src/background/library/save-article.ts';
import { search } from '../../../src/background/library/search.ts';
import { counts } from '../../../src/background/library/counts.ts';
import { addManualFigure, correctFigure, dismissFigure } from '../../../src/background/library/corrections.ts';
import { article, BUDGET, fig, freshDb, POVERTY } from './helpers.ts';

async function library() {
  const db = await freshDb();
  await saveArticle(db, { article: article('https://baodongkhoi.vn/a', { published: '2023-07-01' }), extractorVersion: '1', figures: [
    fig('0,9%', 0.9, { ...POVERTY, period: '2023-H1', modality: 'estimate' }, ['tỷ lệ hộ nghèo ước còn ', '']),
    fig('700 tỉ đồng', 7e11, { ...BUDGET, period: '2023-H1', start: 60 }, ['thu ngân sách đạt ', '']),
  ] });
  await saveArticle(db, { article: article('https://baolongan.vn/b', { published: '2023-12-20', locality: 'tỉnh Long An' }), extractorVersion: '1', figures: [
    fig('1,2%', 1.2, { indicator: 'poverty_rate', unit: '%', period: '2023' }, ['tỷ lệ hộ nghèo giảm còn ', '']),
    fig('1,5%', 1.5, { indicator: 'poverty_rate', unit: '%', period: '2023', start: 40 }, ['báo cáo khác nói hộ nghèo ', '']),
  ] });
  await saveArticle(db, { article: article('https://baolongan.vn/c', { published: '2023-12-21', locality: 'tỉnh Long An' }), extractorVersion: '1', figures: [
    fig('1,21%', 1.21, { indicator: 'poverty_rate', unit: '%', period: '2023' }, ['hộ nghèo ', '']),
  ] });
  return db;
}

describe('search', () => {
  it('finds by words without tone marks, newest article first', async () => {
    const db = await library();
    const r = await search(db, { text: 'ho ngheo' });
    expect(r.total).toBe(4);
    expect(r.items.map((e) => e.figure.text)).toEqual(['1,21%', '1,2%', '1,5%', '0,9%']);
  });

  it('filters by indicator, locality (article locality fills in), period prefix, site and modality', async () => {
    const db = await library();
    expect((await search(db, { indicator: 'budget_revenue' })).items.map((e) => e.figure.text)).toEqual(['700 tỉ đồng']);
    expect((await search(db, { locality: 'tỉnh Long An' })).total).toBe(3);
    expect((await search(db, { period: '2023' })).total).toBe(5);
    expect((await search(db, { period: '2023-H1', modality: 'estimate' })).items.map((e) => e.figure.text)).toEqual(['0,9%']);
    expect((await search(db, { site: 'www.baodongkhoi.vn' })).total).toBe(2);
    expect((await search(db, { site: 'baolongan.vn', text: 'giảm' })).items.map((e) => e.figure.text)).toEqual(['1,2%']);
  });

  it('conflictsOnly keeps figures that contradict another article; limit and offset page through', async () => {
    const db = await library();
    const c = await search(db, { conflictsOnly: true });
    // 1,2% and 1,21% agree by rounding; 1,5% (same article as 1,2%) contradicts 1,21% from another article.
    expect(c.items.map((e) => e.figure.text).sort()).toEqual(['1,21%', '1,5%']);
    const page2 = await search(db, { text: 'ho ngheo', limit: 2, offset: 2 });
    expect(page2.total).toBe(4);
    expect(page2.items.map((e) => e.figure.text)).toEqual(['1,5%', '0,9%']);
  });

  it('conflictsOnly gives the same answer when the matches span many series', async () => {
    const db = await library();
    const many = Array.from({ length: 45 }, (_, i) => fig(`${i},5%`, i + 0.5, { indicator: `ind_${i}`, unit: '%', period: '2023', start: i * 10 }));
    await saveArticle(db, { article: article('https://baoapbac.vn/many', { locality: 'tỉnh Long An' }), extractorVersion: '1', figures: many });
    const c = await search(db, { conflictsOnly: true, locality: 'tỉnh Long An' });
    expect(c.items.map((e) => e.figure.text).sort()).toEqual(['1,21%', '1,5%']);
  });

  it('leaves dismissed figures out', async () => {
    const db = await library();
    const [first] = (await search(db, { indicator: 'budget_revenue' })).items;
    await dismissFigure(db, first!.figure.id);
    expect((await search(db, { indicator: 'budget_revenue' })).total).toBe(0);
  });
});

describe('counts', () => {
  it('counts articles, figures by origin, decisions and sites', async () => {
    const db = await library();
    const [a, b] = (await search(db, { text: 'ho ngheo' })).items;
    await correctFigure(db, a!.figure.id, { value: 1.22 });
    await dismissFigure(db, b!.figure.id);
    await addManualFigure(db, 'https://baodongkhoi.vn/a', fig('12 xã', 12, { unit: 'xã' }));
    expect(await counts(db)).toEqual({ articles: 3, figures: 6, machineFigures: 5, manualFigures: 1, corrected: 1, dismissed: 1, sites: 2 });
  });
});
