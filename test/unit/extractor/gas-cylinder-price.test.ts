// Cooking gas is priced by the cylinder, whose size is written after it: "Giá gas bán lẻ tăng 15.000 đồng/bình 12 kg,
// lên 465.000 đồng/bình". The cylinder is the rate's divisor (VND/bình) and "12 kg" only says which cylinder, no figure.
// A weight reported on its own ("tiêu hủy 12 kg thực phẩm") stays a figure.
import { describe, expect, it } from 'vitest';
import { expectNoFigureAt, figureAt } from './helpers.ts';

const opts = { published: '2024-12-28' };

describe('gas priced by the cylinder', () => {
  it('the cylinder is the divisor and its size no figure', () => {
    const text = 'Từ ngày 1/12, giá gas bán lẻ tăng 15.000 đồng/bình 12 kg, lên 465.000 đồng/bình.';
    const rise = figureAt(text, '15.000', opts);
    expect([rise.kind, rise.unit]).toEqual(['change', 'VND/bình']);
    expect(figureAt(text, '465.000', opts).unit).toBe('VND/bình');
    expectNoFigureAt(text, '12 kg', opts);
  });

  it('a weight on its own is a figure', () => {
    const text = 'Đoàn kiểm tra đã buộc tiêu hủy 120 kg thực phẩm không rõ nguồn gốc.';
    expect(figureAt(text, '120 kg', opts).unit).toBe('kg');
  });
});
