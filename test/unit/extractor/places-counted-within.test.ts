// "Theo Bộ Tài chính, có 16/34 địa phương trong cả nước thu vượt dự toán" on a province's page: places counted within a
// whole named right after them ("trong", "tại", "ở") are the whole's count, not the page's province's.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2025-11-07' };

describe('places counted within a whole', () => {
  it('a ratio of provinces in the country', () => {
    const text = 'Năm 2025, tỉnh Bắc Ninh thu ngân sách đạt 60.000 tỷ đồng. Theo Bộ Tài chính, có 16/34 địa phương trong cả nước thu vượt dự toán.';
    expect(figureAt(text, '16/34', opts).locality).toBe('cả nước');
    expect(figureAt(text, '60.000', opts).locality).toBe('tỉnh Bắc Ninh');
  });

  it('communes counted in a district', () => {
    const text = 'Tỉnh Nghệ An có 362 xã đạt chuẩn nông thôn mới. Hiện có 12/17 xã tại huyện Yên Thành đạt chuẩn nâng cao.';
    expect(figureAt(text, '12/17', opts).locality).toBe('huyện Yên Thành');
  });
});
