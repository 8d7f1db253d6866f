// "Năm 2025, Quảng Ninh dẫn đầu cả nước về tốc độ tăng trưởng GRDP - 11,89% … 29/34 địa phương trên cả nước tăng trưởng
// trên 7%": a count whose noun is followed by "trên cả nước" (or "trên địa bàn" a place) is counted there, as "tại", "ở"
// and "trong" already say; not in the province the sentence before spoke of. Pattern from a national paper's ranking of
// the 34 provinces' growth (January 2026).
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const pub = { published: '2026-01-05' };
const page = (body: string) => `Tiền Phong\n05/01/2026\n\nXếp hạng kinh tế 34 tỉnh thành năm đầu tiên sáp nhập\n\n${body}`;

describe('a count followed by "trên" and a place is counted there', () => {
  it('"29/34 địa phương trên cả nước"', () => {
    const text = page('Năm 2025, Quảng Ninh dẫn đầu cả nước về tốc độ tăng trưởng GRDP với 11,89%. 29/34 địa phương trên cả nước tăng trưởng trên 7%.');
    expect(figureAt(text, '29/34', pub).locality).toBe('cả nước');
  });
});

describe('what stays', () => {
  it('"trên" as a bound after the count', () => {
    const text = page('Năm 2025, tỉnh Quảng Ninh có 120 doanh nghiệp trên 500 lao động, tăng 12 doanh nghiệp so với năm 2024.');
    expect(figureAt(text, '120', pub).locality).toBe('tỉnh Quảng Ninh');
  });
});
