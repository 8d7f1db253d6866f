// Statistics offices and the police count a month from the middle of the month before: "Từ ngày 16/8 đến 15/9/2025, trên
// địa bàn tỉnh xảy ra 58 vụ tai nạn giao thông". That stretch is September's, not the third quarter's.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const OPTS = { published: '2025-10-06' };
const HEAD = 'Tình hình kinh tế - xã hội tháng 9\n\n';

describe('a reporting month from the middle of the month before', () => {
  it('"Từ ngày 16/8 đến 15/9/2025" dates its figures September', () => {
    const text = `${HEAD}Từ ngày 16/8 đến 15/9/2025, trên địa bàn tỉnh xảy ra 58 vụ tai nạn giao thông, làm chết 31 người.`;
    expect(figureAt(text, '58', OPTS).period).toBe('2025-M09');
    expect(figureAt(text, '31 người', OPTS).period).toBe('2025-M09');
  });

  it('a holiday stretch across the turn of a month stays in its quarter', () => {
    const text = `${HEAD}Trong 4 ngày nghỉ lễ (từ 30/8 đến 2/9/2025), các điểm du lịch đón 412.000 lượt khách.`;
    expect(figureAt(text, '412.000', OPTS).period).toBe('2025-Q3');
  });
});
