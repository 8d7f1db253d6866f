// In a weekly roundup each "■" item is its own story: a period that opens one item's paragraph ("Năm 2025, phường …")
// dates that item, and the next item is back in the week's month. Without item marks the opening period carries on.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const head = 'ĐIỂM TIN TUẦN TỪ 15/9 ĐẾN 21/9/2025\n\nTổng hợp một số thông tin nổi bật trong tuần.\n\n';

describe('items of a roundup', () => {
  it('the item after one that named its own year is back in the week\'s month', () => {
    const text = head + '■ Phường chỉnh trang đô thị\nNăm 2025, phường triển khai 12 dự án với tổng mức đầu tư 486 tỷ đồng.\n\n' +
      '■ Thêm sản phẩm OCOP\nNgày 18/9, tỉnh công nhận thêm 27 sản phẩm OCOP, nâng tổng số lên 586 sản phẩm.';
    expect(figureAt(text, '486 tỷ đồng', { published: '2025-09-22' }).period).toBe('2025');
    expect(figureAt(text, '586', { published: '2025-09-22' }).period).toBe('2025-M09');
  });

  it('without item marks a paragraph that opens with a year dates the paragraphs after it', () => {
    const text = head + 'Năm 2025, phường triển khai 12 dự án với tổng mức đầu tư 486 tỷ đồng.\n\n' +
      'Tỉnh công nhận thêm 27 sản phẩm OCOP, nâng tổng số lên 586 sản phẩm.';
    expect(figureAt(text, '586', { published: '2025-09-22' }).period).toBe('2025');
  });
});
