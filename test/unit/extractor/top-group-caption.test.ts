// "5 địa phương có số vốn giải ngân lớn nhất năm 2024 (đơn vị: tỷ đồng):" over a table: the size of the top group a
// caption ranks is no result.
import { describe, expect, it } from 'vitest';
import { expectNoFigureAt, figureAt } from './helpers.ts';

describe('a caption that ranks a top group', () => {
  it('is no count', () => {
    expectNoFigureAt('Bảng xếp hạng\n10 tỉnh có tỷ lệ giải ngân cao nhất năm 2025:\nHà Nam | 98,1', '10 tỉnh');
  });

  it('leaves a count opening a line of prose', () => {
    const text = 'Kết quả\n12 xã đạt chuẩn nông thôn mới nâng cao trong năm 2025, nhiều nhất từ trước đến nay.';
    expect(figureAt(text, '12 xã', { published: '2025-12-20' }).value).toBe(12);
  });
});
