// "Năm 2025, tăng trưởng GRDP ước đạt 9,2% (các năm đều dao động từ 8,02% đến 10,12%)": the spread of years gone by,
// given as an aside, is what was (actual), dated to the stretch it names or its sentence speaks of, else to no period;
// not the report's year and estimate. Pattern from real provincial pages, sentences written anew.
import { describe, expect, it } from 'vitest';
import { expectFigure, figureAt } from './helpers.ts';

const pub = { published: '2025-12-18' };

describe('a range of past years\' values given as an aside', () => {
  it('"(các năm đều dao động từ … đến …)" after an estimate is actual and has no period', () => {
    const text = 'Năm 2025, tốc độ tăng trưởng GRDP của tỉnh ước đạt 8,7% (các năm đều dao động từ 7,45% đến 9,8%), cao nhất nhiều năm.';
    const f = figureAt(text, '7,45%', pub);
    expect(f.modality).toBe('actual');
    expect(f.period).toBeUndefined();
    expectFigure(text, '8,7%', { modality: 'estimate', period: '2025' }, pub);
  });
  it('"những năm trước dao động …" after a poverty rate', () => {
    const text = 'Tỷ lệ hộ nghèo năm 2025 ước còn 1,6% (những năm trước dao động từ 2,2% đến 3,5%).';
    const f = figureAt(text, '2,2%', pub);
    expect(f.modality).toBe('actual');
    expect(f.period).toBeUndefined();
  });
  it('a stretch named with its spread dates it, under a target in the sentence', () => {
    const text = 'Năm 2026, tỉnh phấn đấu tăng trưởng kinh tế đạt 9% trở lên; giai đoạn 2021 - 2025 tăng trưởng dao động từ 6,2% đến 8,4%.';
    expectFigure(text, '6,2%', { modality: 'actual', period: '2021/2025' }, pub);
    expectFigure(text, '9%', { modality: 'target', period: '2026' }, pub);
  });
  it('the stretch its sentence speaks of dates "các năm"', () => {
    const text = 'Nhiệm kỳ 2020 - 2025, tăng trưởng kinh tế bình quân ước đạt 7,9%/năm (các năm qua dao động 6,1 - 9,2%).';
    expectFigure(text, '6,1 - 9,2%', { modality: 'actual', period: '2020/2025' }, pub);
  });
  it('"5 năm qua dao động …" and "trong 5 năm gần đây, … dao động …"', () => {
    const aside = figureAt('Năm 2025, tăng trưởng GRDP ước đạt 8,6% (5 năm qua dao động từ 6,9% đến 9,1%).', '6,9%', pub);
    expect([aside.modality, aside.period]).toEqual(['actual', undefined]);
    const clause = figureAt('Năm 2025, tăng trưởng GRDP ước đạt 8,6%; trong 5 năm gần đây, tăng trưởng dao động từ 6,9% đến 9,1%.', '6,9%', pub);
    expect(clause.period).toBeUndefined();
  });
  it('"3 năm tới dao động …" looks ahead', () => {
    expectFigure('Năm 2026, tỉnh phấn đấu tăng trưởng 10%, trong 3 năm tới dao động từ 10% đến 11%.', '10% đến 11%', { modality: 'target', period: '2026' }, pub);
  });
  it('years ahead ("những năm tới") are no past spread', () => {
    const text = 'Năm 2026, tỉnh phấn đấu tăng trưởng kinh tế đạt 9% (những năm tới dao động từ 9% đến 10%).';
    expectFigure(text, '9% đến 10%', { modality: 'target', period: '2026' }, pub);
  });
  it('a running stretch aimed at ("phấn đấu giai đoạn 2021 - 2025 … dao động") stays a target', () => {
    const text = 'Huyện phấn đấu giai đoạn 2021 - 2025 tăng trưởng kinh tế dao động từ 7% đến 8%/năm.';
    expectFigure(text, '7% đến 8%', { modality: 'target', period: '2021/2025' }, { published: '2023-06-10' });
  });
  it('a stretch ahead of publication is no past spread', () => {
    const text = 'Giai đoạn 2026 - 2030, tăng trưởng kinh tế của tỉnh dự báo dao động từ 9% đến 10%/năm.';
    expect(figureAt(text, '9% đến 10%', pub).period).toBe('2026/2030');
  });
  it('a price that ranges today ("hiện dao động") keeps the report\'s period', () => {
    const text = 'Giá lúa tươi tại ruộng hiện dao động từ 6.900 đến 7.300 đồng/kg.';
    expectFigure(text, '6.900 đến 7.300 đồng/kg', { modality: 'actual', period: '2025' }, pub);
  });
});
