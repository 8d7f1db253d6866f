// Revenue averaged over the communes ("thu ngân sách cấp xã bình quân đạt 1,8 tỷ đồng/xã") is still the budget revenue;
// a grant per commune ("hỗ trợ 500 triệu đồng/xã") names no revenue.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2025-07-08' };

describe('money per commune', () => {
  it('keeps the revenue id on an average per commune', () => {
    const text = '6 tháng đầu năm, thu ngân sách cấp xã bình quân đạt 1,8 tỷ đồng/xã.';
    expect(figureAt(text, '1,8 tỷ đồng/xã', opts).indicator).toBe('budget_revenue');
  });

  it('gives a grant per commune no revenue id', () => {
    const text = 'Tỉnh hỗ trợ các xã đặc biệt khó khăn 500 triệu đồng/xã để xây dựng nhà văn hóa.';
    expect(figureAt(text, '500 triệu đồng/xã', opts).indicator).toBeUndefined();
  });
});
