// "…; tổng mức bán lẻ … đạt trên 256.200 tỷ đồng, tăng 14%; thu hút đầu tư tăng cao với 48 dự án có tổng vốn đăng ký hơn
// 19.300 tỷ đồng": money something was founded with takes no name from a clause before its own; a name in its own
// clause still counts.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2025-12-31' };

describe('money founded with, after other clauses', () => {
  it('is not the retail named in the clause before', () => {
    const text = 'Năm 2025, tổng mức bán lẻ hàng hóa đạt 56.200 tỷ đồng, tăng 14%; thu hút đầu tư tăng với 48 dự án có tổng vốn đăng ký hơn 9.300 tỷ đồng.';
    expect(figureAt(text, '9.300', opts).indicator).toBeUndefined();
  });

  it('nor the retail of a clause before a count of projects', () => {
    const text = 'Năm 2025, tổng mức bán lẻ hàng hóa đạt 56.200 tỷ đồng; tỉnh cấp mới 48 dự án đầu tư trong nước với tổng vốn đăng ký 9.300 tỷ đồng.';
    expect(figureAt(text, '9.300', opts).indicator).not.toBe('retail_sales');
  });
});
