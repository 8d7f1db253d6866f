// "tăng 38 trường so với đầu năm học trước": the start of the last school year is the previous period, not the end of
// last calendar year that "so với đầu năm" names.
import { describe, it } from 'vitest';
import { expectFigure } from './helpers.ts';

const pub = { published: '2025-09-06' };

describe('the start of the last school year', () => {
  it('"so với đầu năm học trước" is the previous period', () => {
    expectFigure('Năm học 2025 - 2026, toàn tỉnh có 412 trường đạt chuẩn quốc gia, tăng 28 trường so với đầu năm học trước.', '28 trường', { base: 'previous_period' }, pub);
  });
  it('"so với đầu năm" is still the end of last year', () => {
    expectFigure('Năm 2025, toàn tỉnh có 412 trường đạt chuẩn quốc gia, tăng 15 trường so với đầu năm.', '15 trường', { base: '2024' }, { published: '2025-12-06' });
  });
});
