// Utilities report daily amounts two ways: "phát sinh khoảng 1.120 tấn mỗi ngày" and "công suất 312.000 m3/ngày đêm".
// Both are rates per day, the unit written out: tấn/ngày, m3/ngày đêm (and "tấn mỗi ngày đêm" → tấn/ngày đêm). A count
// before "mỗi ngày" keeps its noun. Found by holdout21/004 (environment and utilities).
import { describe, it } from 'vitest';
import { expectFigure } from './helpers.ts';

const opts = { published: '2026-01-12' };

describe('an amount per day', () => {
  it('"mỗi ngày" after a measure and "/ngày đêm" are in the unit', () => {
    expectFigure('Năm 2025, khu vực đô thị phát sinh khoảng 1.120 tấn mỗi ngày.', '1.120', { unit: 'tấn/ngày', value: 1120 }, opts);
    expectFigure('Tổng công suất cấp nước đạt 312.000 m3/ngày đêm.', '312.000', { unit: 'm3/ngày đêm' }, opts);
  });
  it('"mỗi ngày đêm" is per day and night; a count before "mỗi ngày" keeps its own noun', () => {
    expectFigure('Năm 2025, nhà máy nhận 40 tấn mỗi ngày đêm.', '40', { unit: 'tấn/ngày đêm' }, opts);
    expectFigure('Năm 2025, bến xe đón 1.200 lượt khách mỗi ngày.', '1.200', { unit: 'lượt khách' }, opts);
  });
});
