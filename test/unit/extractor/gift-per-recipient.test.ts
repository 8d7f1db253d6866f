// What each recipient is given as a present ("mỗi tân binh được tặng từ 2 - 5 triệu đồng") is the value of one gift, no
// figure, as "mỗi suất 500.000 đồng" is; the total given ("tổng trị giá hơn 4,2 tỷ đồng") stays, and so does a grant per
// house a policy sets ("mỗi căn được hỗ trợ 60 triệu đồng").
import { describe, expect, it } from 'vitest';
import { expectNoFigureAt, figureAt } from './helpers.ts';

describe('a present given to each recipient', () => {
  it('is no figure, either end of its range', () => {
    const text = 'Các địa phương đã tặng quà tân binh với tổng trị giá hơn 4,2 tỷ đồng; mỗi tân binh được tặng từ 1,5 - 3 triệu đồng.';
    expectNoFigureAt(text, '1,5', { published: '2025-02-14' });
    expectNoFigureAt(text, '3 triệu', { published: '2025-02-14' });
    expect(figureAt(text, '4,2 tỷ', { published: '2025-02-14' }).value).toBe(4.2e9);
  });

  it('leaves a grant per house', () => {
    const text = 'Năm 2024, tỉnh xóa 1.200 căn nhà tạm, mỗi căn được hỗ trợ 60 triệu đồng.';
    expect(figureAt(text, '60 triệu', { published: '2024-12-20' }).value).toBe(6e7);
  });
});
