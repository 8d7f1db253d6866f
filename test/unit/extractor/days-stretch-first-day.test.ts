// "Trong 6 ngày từ 25/1 đến 30/1, toàn quốc xảy ra 308 vụ tai nạn giao thông" (a real Tết traffic tally): the stretch's
// first day is a date, not a figure the closing day could date, so the stretch dates the tally (its month); so does
// "trong 6 ngày từ …" before a year. A holiday's day named in a base ("so với dịp lễ 2/9 năm 2024") still dates nothing.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

describe('a stretch of days after its length', () => {
  it('dates the tally by its month, with or without the year', () => {
    const opts = { published: '2025-01-31' };
    expect(figureAt('Tai nạn dịp Tết\n\nTrong 6 ngày từ 25/1 đến 30/1, toàn quốc xảy ra 296 vụ tai nạn giao thông.', '296 vụ', opts).period).toBe('2025-M01');
    expect(figureAt('Tai nạn dịp Tết\n\nTrong 6 ngày (từ 25/1 đến 30/1), toàn quốc xảy ra 296 vụ tai nạn giao thông.', '296 vụ', opts).period).toBe('2025-M01');
    expect(figureAt('Tai nạn dịp Tết\n\nTrong 6 ngày từ 25/1 đến 30/1/2025, toàn quốc xảy ra 296 vụ tai nạn giao thông.', '296 vụ', opts).period).toBe('2025-M01');
  });
});

describe('a stretch of this year\'s days inside one month', () => {
  it('dates the money disbursed in it by that month, not the months since January', () => {
    const text = 'Giải ngân vốn đầu tư công\n\nTừ ngày 5/3 đến ngày 20/3, toàn tỉnh giải ngân được 3.150 tỷ đồng.';
    expect(figureAt(text, '3.150 tỷ', { published: '2024-03-25' }).period).toBe('2024-M03');
  });
});

describe('a holiday\'s day in a base', () => {
  it('leaves the figure to the holiday\'s stretch', () => {
    const text = 'Du lịch dịp lễ\n\nKỳ nghỉ lễ Quốc khánh năm nay kéo dài 4 ngày (từ 30/8 đến 2/9/2025). Toàn tỉnh đón khoảng 640.000 lượt khách, tăng 21,5% so với dịp lễ 2/9 năm 2024.';
    expect(figureAt(text, '640.000', { published: '2025-09-03' }).period).toBe('2025-Q3');
  });
});
