// Monthly roundups shorten retail sales to "bán lẻ – dịch vụ" or "bán lẻ hàng hóa và dịch vụ": still retail sales, not
// the economy's growth the sentence opened on.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const OPTS = { published: '2026-02-06' };

describe('short forms of retail sales', () => {
  it('"bán lẻ – dịch vụ tăng 16,4%" in a sentence on the economy is retail sales', () => {
    const text = 'Kinh tế TP. Hồ Chí Minh tháng 1/2026 ghi nhận nhiều tín hiệu tích cực với bán lẻ – dịch vụ tăng 16,4%, thu ngân sách đạt 13% dự toán năm.';
    expect(figureAt(text, '16,4%', OPTS)).toMatchObject({ indicator: 'retail_sales', kind: 'change' });
  });

  it('"bán lẻ hàng hóa và dịch vụ tăng 12%" too', () => {
    expect(figureAt('Tháng 1/2026, bán lẻ hàng hóa và dịch vụ tăng 12% so với cùng kỳ.', '12%', OPTS).indicator).toBe('retail_sales');
  });

  it('the price of a retail service is no retail sales', () => {
    expect(figureAt('Giá dịch vụ bán lẻ điện bình quân là 2.204 đồng/kWh.', '2.204 đồng/kWh', OPTS).indicator).toBeUndefined();
  });
});
