import { describe, expect, it } from 'vitest';
import { DEFAULT_SORT, filterRows, NO_FILTERS, sortRows } from '../../../src/library/filter.ts';
import { facetsOf, toRow } from '../../../src/library/rows.ts';
import { chartModel, linePoints } from '../../../src/library/chart-model.ts';
import { article, storedFigure, withArticle } from '../popup/fake-env.ts';

const a1 = article('https://baodongkhoi.vn/a1', 'baodongkhoi.vn', '2023-01-08', 'Kinh tế Bến Tre năm 2022');
const a2 = article('https://baoapbac.vn/a2', 'baoapbac.vn', '2024-01-10', 'Tiền Giang tổng kết');
const entries = [
  withArticle(storedFigure({ value: 1.2e12, unit: 'VND', period: '2022', text: '1.200 tỉ đồng' }), a1),
  withArticle(storedFigure({ value: 1.2, unit: '%', period: '2022', indicator: 'poverty_rate', text: '1,2%' }), a1),
  withArticle(storedFigure({ value: 2.1e12, unit: 'VND', period: '2023-H1', locality: 'tỉnh Tiền Giang', modality: 'estimate', text: '2.100 tỉ đồng' }), a2),
  withArticle(storedFigure({ value: 4e12, unit: 'VND', period: '2023', locality: 'tỉnh Tiền Giang', modality: 'target', text: '4.000 tỉ đồng' }), a2),
];
const rows = entries.map((e) => toRow(e, (id) => (id === 'poverty_rate' ? 'Tỷ lệ hộ nghèo' : 'Thu ngân sách')));

describe('library filters', () => {
  it('searches without tone marks, in figures, indicator names and headlines', () => {
    expect(filterRows(rows, { ...NO_FILTERS, text: 'ho ngheo' }, new Set()).map((r) => r.entry.figure.text)).toEqual(['1,2%']);
    expect(filterRows(rows, { ...NO_FILTERS, text: 'tien giang tong ket' }, new Set())).toHaveLength(2);
  });
  it('filters by indicator, locality, site, modality, and a year including its parts', () => {
    expect(filterRows(rows, { ...NO_FILTERS, indicator: 'budget_revenue', locality: 'tỉnh Tiền Giang' }, new Set())).toHaveLength(2);
    expect(filterRows(rows, { ...NO_FILTERS, period: '2023' }, new Set()).map((r) => r.period)).toEqual(['2023-H1', '2023']);
    expect(filterRows(rows, { ...NO_FILTERS, site: 'baodongkhoi.vn' }, new Set())).toHaveLength(2);
    expect(filterRows(rows, { ...NO_FILTERS, modality: 'target' }, new Set()).map((r) => r.entry.figure.text)).toEqual(['4.000 tỉ đồng']);
  });
  it('keeps only conflicting figures when asked', () => {
    expect(filterRows(rows, { ...NO_FILTERS, conflictsOnly: true }, new Set([rows[0]!.id])).map((r) => r.id)).toEqual([rows[0]!.id]);
  });
  it('sorts by value, period and back', () => {
    expect(sortRows(rows, { key: 'value', dir: 'desc' })[0]!.entry.figure.text).toBe('4.000 tỉ đồng');
    expect(sortRows(rows, { key: 'period', dir: 'asc' }).map((r) => r.period)).toEqual(['2022', '2022', '2023-H1', '2023']);
    expect(sortRows(rows, DEFAULT_SORT).map((r) => r.published)).toEqual(['2024-01-10', '2024-01-10', '2023-01-08', '2023-01-08']);
  });
  it('offers each distinct value once, newest period first', () => {
    const f = facetsOf(rows);
    expect(f.periods).toEqual(['2023', '2023-H1', '2022']);
    expect(f.localities).toEqual(['tỉnh Bến Tre', 'tỉnh Tiền Giang']);
  });
  it('filters 100,000 rows fast', () => {
    const many = Array.from({ length: 100_000 }, (_, i) => rows[i % rows.length]!);
    const t0 = performance.now();
    const out = filterRows(many, { ...NO_FILTERS, text: 'ngan sach', locality: 'tỉnh Tiền Giang' }, new Set());
    const ms = performance.now() - t0;
    expect(out).toHaveLength(50_000);
    expect(ms).toBeLessThan(500);
  });
});

describe('series chart geometry', () => {
  it('puts periods in time order with one unit, and leaves out other units', () => {
    const m = chartModel([entries[3]!, entries[2]!, entries[0]!, entries[1]!]);
    expect(m.periods).toEqual(['2022', '2023-H1', '2023']);
    expect(m.unit).toBe('VND');
    expect(m.omitted).toBe(1);
    const [p2022, pH1, p2023] = [...m.points].sort((a, b) => a.x - b.x);
    expect(p2022!.x).toBeLessThan(pH1!.x);
    // Bigger values sit higher (smaller y).
    expect(p2023!.y).toBeLessThan(pH1!.y);
    expect(m.ticks[0]!.value).toBe(0);
  });
  it('puts two articles of the same period side by side and draws the line through the latest', () => {
    const a3 = article('https://baoapbac.vn/a3', 'baoapbac.vn', '2024-02-01', 'Khác');
    const later = withArticle(storedFigure({ value: 1.5e12, unit: 'VND', period: '2022', text: '1.500 tỉ đồng' }), a3);
    const m = chartModel([entries[0]!, later]);
    const [p1, p2] = m.points;
    expect(p1!.x).not.toBe(p2!.x);
    expect(Math.abs(p1!.x - p2!.x)).toBeLessThan(30);
    expect(linePoints(m.points, 'actual').map((p) => p.entry)).toEqual([later]);
  });
});
