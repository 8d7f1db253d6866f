import './helpers.ts';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { byPeriod, sortByPeriod } from '../../../src/background/library/article-summary.ts';
import type { FigureWithArticle } from '../../../src/messages/records.ts';
import { saveArticle } from '../../../src/background/library/save-article.ts';
import { getConflicts, getSeries } from '../../../src/background/library/series.ts';
import { compareFigures } from '../../../src/background/library/article-queries.ts';
import { differsBeyondRounding, printedStep } from '../../../src/compare/precision.ts';
import { comparePeriods } from '../../../src/compare/period.ts';
import { dismissFigure } from '../../../src/background/library/corrections.ts';
import { article, BUDGET, fig, freshDb, POVERTY } from './helpers.ts';

describe('rounding of printed numbers', () => {
  const p = (text: string, value: number) => ({ text, value });
  it('agrees when one printing is a rounding of the other', () => {
    expect(differsBeyondRounding(p('1,4%', 1.4), p('1,40%', 1.4))).toBe(false);
    expect(differsBeyondRounding(p('1,4%', 1.4), p('1,43%', 1.43))).toBe(false);
    expect(differsBeyondRounding(p('1.400 tỉ đồng', 1.4e12), p('1.400 tỷ đồng', 1.4e12))).toBe(false);
    expect(differsBeyondRounding(p('1,4 nghìn tỉ', 1.4e12), p('1.400 tỉ', 1.4e12))).toBe(false);
  });
  it('differs beyond the rounding of the printed decimals', () => {
    expect(differsBeyondRounding(p('1.400 tỉ đồng', 1.4e12), p('1.400,5 tỉ đồng', 1.4005e12))).toBe(true);
    expect(differsBeyondRounding(p('1,4%', 1.4), p('1,45%', 1.45))).toBe(true);
    expect(differsBeyondRounding(p('0,69%', 0.69), p('0,7%', 0.7))).toBe(false);
    expect(differsBeyondRounding(p('0,69%', 0.69), p('0,71%', 0.71))).toBe(true);
    expect(differsBeyondRounding({ text: '34/43', value: 34, of: 43 }, { text: '34/44', value: 34, of: 44 })).toBe(true);
  });
  it('reads the step from Vietnamese number writing', () => {
    expect(printedStep(p('1.400 tỉ đồng', 1.4e12))).toBeCloseTo(1e9);
    expect(printedStep(p('3,437 triệu', 3437000))).toBeCloseTo(1000);
    expect(printedStep(p('ba xã', 3))).toBe(1);
    // An English decimal point ("3.4%") keeps its decimal, as the extractor reads it.
    expect(printedStep(p('3.4%', 3.4))).toBeCloseTo(0.1);
    expect(printedStep(p('2.952,5 tỷ đồng', 2.9525e12))).toBeCloseTo(1e8);
  });
});

describe('periods sort chronologically', () => {
  it('orders quarters, halves, months, years and terms', () => {
    const ps = ['2023', '2020/2025', '2023-9M', '2022', '2023-Q1', '2023-H1', '2023-M07', '2024'];
    expect([...ps].sort(comparePeriods))
      .toEqual(['2022', '2023-Q1', '2023-H1', '2023-M07', '2023-9M', '2023', '2024', '2020/2025']);
  });
});

async function library() {
  const db = await freshDb();
  const save = (url: string, published: string, figures: ReturnType<typeof fig>[]) =>
    saveArticle(db, { article: article(url, { published }), figures, extractorVersion: '1' });
  await save('https://a.vn/2022', '2022-12-28', [
    fig('1,32%', 1.32, { ...POVERTY, period: '2022' }),
    fig('1%', 1, { ...POVERTY, period: '2023', modality: 'target', start: 50 }),
  ]);
  await save('https://b.vn/2023-h1', '2023-07-02', [fig('1,1%', 1.1, { ...POVERTY, period: '2023', modality: 'estimate' })]);
  await save('https://c.vn/2023', '2023-12-20', [
    fig('0,69%', 0.69, { ...POVERTY, period: '2023', modality: 'actual' }),
    fig('1.400 tỉ đồng', 1.4e12, { ...BUDGET, period: '2023' }, ['thu ', '']),
  ]);
  await save('https://d.vn/2023', '2023-12-22', [
    fig('0,7%', 0.7, { ...POVERTY, period: '2023', modality: 'actual' }),
    fig('1.400,5 tỉ đồng', 1.4005e12, { ...BUDGET, period: '2023' }),
  ]);
  await save('https://e.vn/2023', '2023-12-23', [fig('0,82%', 0.82, { ...POVERTY, period: '2023', modality: 'actual', direction: 'down' })]);
  return db;
}

describe('series and conflicts', () => {
  it('a series lists actuals, estimates and targets across periods with their articles', async () => {
    const db = await library();
    const s = await getSeries(db, 'poverty_rate|tỉnh Bến Tre');
    expect(s.map((e) => [e.figure.period, e.figure.modality ?? 'actual', e.figure.text, e.article.site])).toEqual([
      ['2022', 'actual', '1,32%', 'a.vn'],
      ['2023', 'actual', '0,69%', 'c.vn'],
      ['2023', 'actual', '0,7%', 'd.vn'],
      ['2023', 'actual', '0,82%', 'e.vn'],
      ['2023', 'estimate', '1,1%', 'b.vn'],
      ['2023', 'target', '1%', 'a.vn'],
    ]);
    expect(s[0]!.article).toMatchObject({ url: 'https://a.vn/2022', published: '2022-12-28', headline: 'Tin https://a.vn/2022' });
    expect(await getSeries(db, '|tỉnh Bến Tre')).toEqual([]);
  });

  it('conflicts: same series, period and modality, different articles, beyond rounding', async () => {
    const db = await library();
    const all = await getConflicts(db);
    expect(all.map((c) => [c.seriesKey, c.period, c.modality, c.entries.map((e) => e.figure.text)])).toEqual([
      ['budget_revenue|tỉnh Bến Tre', '2023', 'actual', ['1.400 tỉ đồng', '1.400,5 tỉ đồng']],
      // 0,69% and 0,7% agree by rounding; 0,82% contradicts both. Estimate and target are not conflicts.
      ['poverty_rate|tỉnh Bến Tre', '2023', 'actual', ['0,69%', '0,7%', '0,82%']],
    ]);
    expect(await getConflicts(db, 'budget_revenue|tỉnh Bến Tre')).toHaveLength(1);
    const e = (await getSeries(db, 'poverty_rate|tỉnh Bến Tre')).find((x) => x.figure.text === '0,82%')!;
    await dismissFigure(db, e.figure.id);
    const after = await getConflicts(db, 'poverty_rate|tỉnh Bến Tre');
    expect(after).toEqual([]);
  });

  it('changes conflict only with changes of the same direction and base', async () => {
    const db = await freshDb();
    const save = (url: string, f: ReturnType<typeof fig>) => saveArticle(db, { article: article(url), extractorVersion: '1', figures: [f] });
    const growth = { indicator: 'export_value', locality: 'tỉnh Bến Tre', unit: '%', period: '2023', kind: 'change' as const };
    await save('https://a.vn/1', fig('12%', 12, { ...growth, direction: 'up', base: 'same_period' }));
    await save('https://b.vn/1', fig('8%', 8, { ...growth, direction: 'down', base: 'same_period' }));
    await save('https://c.vn/1', fig('5%', 5, { ...growth, direction: 'up', base: 'target' }));
    expect(await getConflicts(db)).toEqual([]);
    await save('https://d.vn/1', fig('15%', 15, { ...growth, direction: 'up', base: 'same_period' }));
    expect((await getConflicts(db)).map((c) => c.entries.map((e) => e.figure.text))).toEqual([['12%', '15%']]);
  });

  it('the same numbers twice in one article are not a conflict', async () => {
    const db = await freshDb();
    await saveArticle(db, { article: article('https://x.vn/1'), extractorVersion: '1', figures: [
      fig('0,69%', 0.69, { ...POVERTY, period: '2023' }), fig('0,9%', 0.9, { ...POVERTY, period: '2023', start: 80 }),
    ] });
    expect(await getConflicts(db)).toEqual([]);
  });

  it('compare-figures answers each figure with its history elsewhere and its conflicts', async () => {
    const db = await library();
    const cmp = (await compareFigures(db, 'https://c.vn/2023?utm_source=x'))!;
    expect(cmp.article.id).toBe('https://c.vn/2023');
    const [poverty, budget] = cmp.figures;
    expect(poverty!.history.map((e) => `${e.figure.period}:${e.figure.modality ?? 'actual'}:${e.figure.text}`))
      .toEqual(['2022:actual:1,32%', '2023:actual:0,7%', '2023:actual:0,82%', '2023:estimate:1,1%', '2023:target:1%']);
    expect(poverty!.history.every((e) => e.article.id !== 'https://c.vn/2023')).toBe(true);
    expect(poverty!.conflicts.map((e) => e.figure.text)).toEqual(['0,82%']);
    expect(budget!.conflicts.map((e) => [e.figure.text, e.article.site])).toEqual([['1.400,5 tỉ đồng', 'd.vn']]);
    expect(await compareFigures(db, 'https://nowhere.vn/x')).toBeNull();
  });
});

describe('series order', () => {
  it('sortByPeriod puts entries in exactly byPeriod\'s order', () => {
    const period = fc.oneof(fc.constant(undefined), fc.constantFrom('2023', '2023-H1', '2023-Q3', '2023-9M', '2023-M07', '2021/2025', '2024', 'soon'));
    const entry = fc.record({
      period, modality: fc.constantFrom(undefined, 'actual', 'estimate', 'target'), published: fc.constantFrom(undefined, '2023-01-02', '2024-05-06'),
      articleId: fc.constantFrom('a', 'b', 'c'), start: fc.nat(50),
    }).map((x) => ({
      figure: { ...x, id: 'f', end: x.start + 1, text: '1', kind: 'level', value: 1 },
      article: { id: x.articleId, url: x.articleId, site: '', ...(x.published ? { published: x.published } : {}) },
    }) as unknown as FigureWithArticle);
    fc.assert(fc.property(fc.array(entry, { maxLength: 40 }), (entries) => {
      expect(sortByPeriod(entries)).toEqual([...entries].sort(byPeriod));
    }));
  });
});
