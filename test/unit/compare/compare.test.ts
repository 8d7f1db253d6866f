import { describe, expect, it } from 'vitest';
import { compareFigure, findConflicts, findPlan, findPrevious, groupByIndicator } from '../../../src/compare/compare.ts';
import { describeChange, describeContext, describePlan, describeValue } from '../../../src/compare/describe.ts';
import { differsBeyondRounding } from '../../../src/compare/precision.ts';
import { comparePeriods } from '../../../src/compare/period.ts';
import type { CompareFigure, FigureContext, SeriesPoint } from '../../../src/compare/types.ts';

let n = 0;
function fig(p: Partial<CompareFigure> & { value: number }): CompareFigure {
  n += 1;
  return { id: `f${n}`, start: n * 10, end: n * 10 + 5, text: String(p.value), kind: 'level', indicator: 'budget_revenue', locality: 'tỉnh Bến Tre', modality: 'actual', ...p };
}
function point(f: CompareFigure, site = 'baodongkhoi.vn', published = '2023-01-05', url = `https://${site}/a${n}`): SeriesPoint {
  return { figure: f, article: { url, site, published, headline: `Bài ${n}` } };
}
const budget = (value: number, period: string, extra: Partial<CompareFigure> = {}) =>
  fig({ value, period, unit: 'VND', text: `${value / 1e9} tỉ đồng`.replace('.', ','), ...extra });
const poverty = (value: number, period: string, extra: Partial<CompareFigure> = {}) =>
  fig({ value, period, unit: '%', indicator: 'poverty_rate', text: `${String(value).replace('.', ',')}%`, ...extra });
const ctx = (figure: CompareFigure, history: SeriesPoint[], conflicts?: SeriesPoint[]): FigureContext =>
  ({ figure, index: 0, article: { url: 'https://baodongkhoi.vn/current', site: 'baodongkhoi.vn' }, history, ...(conflicts ? { conflicts } : {}) });

describe('previous value and change', () => {
  it('tells a change of a rate in percentage points, never in percent', () => {
    const prev = point(poverty(1.2, '2022'));
    const cmp = findPrevious(ctx(poverty(0.69, '2023'), [prev]))!;
    expect(cmp.point).toBe(prev);
    expect(cmp.change.points).toBe(true);
    expect(cmp.change.relative).toBeUndefined();
    expect(describeChange(cmp.change, '%')).toBe('giảm 0,51 điểm %');
    expect(describeChange(cmp.change, '%', 'en')).toBe('down 0.51 percentage points');
  });
  it('tells a change of an amount in the unit and in percent', () => {
    const cmp = findPrevious(ctx(budget(1.4e12, '2023'), [point(budget(1.2e12, '2022'))]))!;
    expect(cmp.change.absolute).toBeCloseTo(2e11);
    expect(cmp.change.relative).toBeCloseTo(16.667, 2);
    expect(describeChange(cmp.change, 'VND')).toBe('tăng 200 tỉ đồng (+16,67%)');
  });
  it('says unchanged when the value is the same', () => {
    const cmp = findPrevious(ctx(poverty(1, '2023'), [point(poverty(1, '2022'))]))!;
    expect(describeChange(cmp.change, '%')).toBe('không đổi');
  });
  it('prefers the same part of an earlier year, then the latest period, then actual over estimate', () => {
    const q4 = point(budget(5e11, '2022-Q4'));
    const q1Estimate = point(budget(3e11, '2022-Q1', { modality: 'estimate' }));
    const q1Actual = point(budget(3.1e11, '2022-Q1'));
    const q1Old = point(budget(2e11, '2021-Q1'));
    const cmp = findPrevious(ctx(budget(3.5e11, '2023-Q1'), [q4, q1Estimate, q1Actual, q1Old]))!;
    expect(cmp.point).toBe(q1Actual);
    expect(cmp.samePart).toBe(true);
  });
  it('never compares a half year with a full year, a target, a later period or another unit', () => {
    const history = [point(budget(2e12, '2022')), point(budget(1e12, '2023-H1', { modality: 'target' })),
      point(budget(9e11, '2024-H1')), point(budget(9e11, '2022-H1', { unit: 'USD' }))];
    expect(findPrevious(ctx(budget(8e11, '2023-H1'), history))).toBeUndefined();
  });
  it('has no previous value for a figure without a period or for a target', () => {
    expect(findPrevious(ctx(budget(1e12, ''), [point(budget(1e12, '2022'))]))).toBeUndefined();
    expect(findPrevious(ctx(budget(1e12, '2023', { modality: 'target' }), [point(budget(1e12, '2022'))]))).toBeUndefined();
  });
});

describe('target next to the actual', () => {
  it('gives attainment of a money target', () => {
    const target = point(budget(1.49e12, '2023', { modality: 'target' }));
    const plan = findPlan(ctx(budget(1.4e12, '2023'), [target]))!;
    expect(plan.role).toBe('target');
    expect(plan.attainment).toBeCloseTo(93.96, 1);
    expect(describePlan(plan)).toBe('đạt 93,96% kế hoạch');
    expect(describePlan(plan, 'en')).toBe('93.96% of the plan');
  });
  it('compares a rate with its plan in points', () => {
    const plan = findPlan(ctx(poverty(0.69, '2023'), [point(poverty(0.8, '2023', { modality: 'target' }))]))!;
    expect(plan.attainment).toBeUndefined();
    expect(describePlan(plan)).toBe('thấp hơn kế hoạch 0,11 điểm %');
  });
  it('places a result inside a target range', () => {
    const target = point(fig({ value: 8, high: 9, unit: '%', period: '2023', modality: 'target', indicator: 'grdp_growth' }));
    const plan = findPlan(ctx(fig({ value: 8.4, unit: '%', period: '2023', indicator: 'grdp_growth' }), [target]))!;
    expect(describePlan(plan)).toBe('trong khoảng kế hoạch');
  });
  it('shows the result next to a target, and nothing for a target of another period', () => {
    const actual = point(budget(1.6e12, '2023'));
    const plan = findPlan(ctx(budget(1.5e12, '2023', { modality: 'target' }), [actual, point(budget(1e12, '2022', { modality: 'target' }))]))!;
    expect(plan.role).toBe('actual');
    expect(plan.point).toBe(actual);
    expect(describePlan(plan)).toBe('đạt 106,7% kế hoạch');
    expect(findPlan(ctx(budget(1.4e12, '2023'), [point(budget(1e12, '2022', { modality: 'target' }))]))).toBeUndefined();
  });
});

describe('conflicts', () => {
  it('flags another article with a different value for the same series, period and modality', () => {
    const other = point(budget(1.45e12, '2023'), 'baoapbac.vn');
    expect(findConflicts(ctx(budget(1.4e12, '2023'), [other]))).toEqual([other]);
  });
  it('does not flag the same number printed with less precision', () => {
    const rounded = point(fig({ value: 1.4e12, unit: 'VND', period: '2023', text: '1,4 nghìn tỉ đồng' }), 'baoapbac.vn');
    const precise = fig({ value: 1.43e12, unit: 'VND', period: '2023', text: '1.430 tỉ đồng' });
    expect(findConflicts(ctx(precise, [rounded]))).toEqual([]);
    expect(differsBeyondRounding({ value: 0.69, text: '0,69%' }, { value: 0.7, text: '0,7%' })).toBe(false);
    expect(differsBeyondRounding({ value: 0.69, text: '0,69%' }, { value: 0.72, text: '0,72%' })).toBe(true);
  });
  it('does not flag other periods, other modalities, or the same article', () => {
    const history = [point(budget(1.2e12, '2022')), point(budget(1.5e12, '2023', { modality: 'target' })),
      { figure: budget(1.3e12, '2023'), article: { url: 'https://baodongkhoi.vn/current', site: 'baodongkhoi.vn' } }];
    expect(findConflicts(ctx(budget(1.4e12, '2023'), history))).toEqual([]);
  });
  it('keeps conflicts the background sent and lists each article once', () => {
    const other = point(budget(1.45e12, '2023'), 'baoapbac.vn');
    expect(findConflicts(ctx(budget(1.4e12, '2023'), [other], [other]))).toHaveLength(1);
  });
});

describe('what a figure says', () => {
  it('puts a figure in plain words', () => {
    expect(describeValue(poverty(0.69, '2023', { direction: 'down' }))).toBe('giảm còn 0,69%');
    expect(describeValue(fig({ kind: 'change', value: 30.43, unit: '%', direction: 'up', base: '2022' }))).toBe('tăng 30,43% so với năm 2022');
    expect(describeValue(fig({ kind: 'attainment', value: 126.82, unit: '%', base: 'target' }))).toBe('đạt 126,82% kế hoạch');
    expect(describeValue(fig({ kind: 'ratio', value: 34, of: 43, unit: 'chỉ tiêu', status: 'achieved' }))).toBe('34/43 chỉ tiêu đạt');
    expect(describeContext(budget(1.4e12, '2023-H1', { modality: 'estimate', locality: 'thị xã Cai Lậy' })))
      .toBe('Thu ngân sách · thị xã Cai Lậy · 6 tháng đầu năm 2023 · ước tính');
  });
});

describe('grouping an article', () => {
  it('groups figures by indicator in reading order, unknown indicators last', () => {
    const a = budget(1.4e12, '2023', { start: 5 });
    const b = poverty(0.69, '2023', { start: 50 });
    const c = fig({ value: 7, start: 1, indicator: undefined });
    const d = budget(1.2e12, '2022', { start: 80 });
    const groups = groupByIndicator([b, c, d, a].map((figure, index) => ({ figure, index, history: [] })));
    expect(groups.map((g) => g.indicator)).toEqual(['budget_revenue', 'poverty_rate', undefined]);
    expect(groups[0]!.items.map((i) => i.figure)).toEqual([a, d]);
    expect(groups[0]!.items[0]!.index).toBe(3);
  });
  it('compares figures of the same article with each other', () => {
    const cmp = compareFigure(ctx(budget(1.4e12, '2023'), [point(budget(1.2e12, '2022'))]));
    expect(cmp.previous).toBeDefined();
    expect(cmp.conflicts).toEqual([]);
  });
  it('orders periods by their end', () => {
    expect(['2023', '2023-Q1', '2022', '2023-H1', '2020/2025'].sort(comparePeriods)).toEqual(['2022', '2023-Q1', '2023-H1', '2023', '2020/2025']);
  });
});

describe('plan pairing within an article', () => {
  it('pairs a target with the result printed in the same article before results from other articles', () => {
    const own = { figure: budget(1.4e12, '2023'), article: { url: 'https://baodongkhoi.vn/current', site: 'baodongkhoi.vn', published: '2024-01-10' } };
    const other = point(budget(1.45e12, '2023'), 'baoapbac.vn', '2024-02-01');
    const plan = findPlan(ctx(budget(1.49e12, '2023', { modality: 'target' }), [other, own]))!;
    expect(plan.point).toBe(own);
  });
});

describe('conflicts across the whole library', () => {
  it('finds figures of different articles that disagree beyond rounding, and nothing else', async () => {
    const { conflictIds } = await import('../../../src/compare/conflict-ids.ts');
    const stored = (p: Partial<CompareFigure> & { value: number; articleId: string; id: string }) =>
      ({ ...fig(p), seriesKey: `${p.indicator ?? 'budget_revenue'}|tỉnh Bến Tre`, anchor: { exact: '', prefix: '', suffix: '' }, extractorVersion: '1', origin: 'machine' as const, ...p });
    const ids = conflictIds([
      stored({ id: 'a', articleId: 'A', value: 1.4e12, period: '2023', unit: 'VND', text: '1.400 tỉ đồng' }),
      stored({ id: 'b', articleId: 'B', value: 1.44e12, period: '2023', unit: 'VND', text: '1.440 tỉ đồng' }),
      stored({ id: 'c', articleId: 'C', value: 1.4e12, period: '2023', unit: 'VND', text: '1,4 nghìn tỉ đồng' }),
      stored({ id: 'd', articleId: 'A', value: 1.5e12, period: '2023', unit: 'VND', text: '1.500 tỉ đồng', modality: 'target' }),
      stored({ id: 'e', articleId: 'D', value: 1.1e12, period: '2022', unit: 'VND', text: '1.100 tỉ đồng' }),
    ]);
    // c (1,4 nghìn tỉ) may be a rounding of either: only a and b cannot both be right.
    expect([...ids].sort()).toEqual(['a', 'b']);
  });
});
