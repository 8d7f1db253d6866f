// A holiday's days given in a bracket with a dash ("Trong 6 ngày nghỉ Tết (25/1 - 30/1), …", "(từ 30/4 - 4/5)") date its
// figures as "(từ 25/1 đến 30/1)" does: one month, or the quarter a turn of the month falls in.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

describe('a stretch of days written with a dash', () => {
  it('inside one month', () => {
    const text = 'Du lịch Tết\n\nTrong 6 ngày nghỉ Tết (25/1 - 30/1), toàn tỉnh đón 268.000 lượt khách, tăng 9% so với cùng kỳ.';
    expect(figureAt(text, '268.000', { published: '2025-01-31' }).period).toBe('2025-M01');
    expect(figureAt(text, '9%', { published: '2025-01-31' }).period).toBe('2025-M01');
  });

  it('across a month\'s turn, the quarter', () => {
    const text = 'Du lịch lễ\n\nTrong 5 ngày nghỉ lễ (từ 30/4 - 4/5), toàn tỉnh đón 190.000 lượt khách.';
    expect(figureAt(text, '190.000', { published: '2025-05-05' }).period).toBe('2025-Q2');
  });

  it('a price range in a bracket is no stretch of days', () => {
    const text = 'Giá cả\n\nGiá lúa tháng 5 (6.800 - 7.200 đồng/kg) ổn định; năm 2025 huyện xuất khẩu 12.000 tấn gạo.';
    expect(figureAt(text, '12.000 tấn', { published: '2025-05-20' }).period).toBe('2025');
  });
});
