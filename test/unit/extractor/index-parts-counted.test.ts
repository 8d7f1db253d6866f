// The PCI, PAPI and PAR reports count an index's parts: "tăng điểm ở 7/10 chỉ số thành phần" is a ratio of parts, by
// the head noun "chỉ số". A month before "chỉ số giá" still names the month.
import { describe, expect, it } from 'vitest';
import { expectNoFigureAt, figureAt } from './helpers.ts';

const OPTS = { published: '2024-05-08' };

describe('an index\'s parts counted', () => {
  it('"7/10 chỉ số thành phần" is a ratio of index parts', () => {
    const text = 'Kết quả PCI 2023 của tỉnh\n\nSo với năm 2022, tỉnh tăng điểm ở 7/10 chỉ số thành phần; có 3 chỉ số giảm điểm.';
    expect(figureAt(text, '7/10 chỉ số', OPTS)).toMatchObject({ kind: 'ratio', value: 7, of: 10, unit: 'chỉ số' });
    expect(figureAt(text, '3 chỉ số', OPTS)).toMatchObject({ kind: 'level', value: 3, unit: 'chỉ số' });
  });

  it('"tháng 9 chỉ số giá" names the month, not nine indices', () => {
    const text = 'Trong tháng 9 chỉ số giá tiêu dùng của tỉnh tăng 0,32% so với tháng trước.';
    expectNoFigureAt(text, '9', OPTS);
    expect(figureAt(text, '0,32%', OPTS)).toMatchObject({ kind: 'change', indicator: 'cpi' });
  });
});
