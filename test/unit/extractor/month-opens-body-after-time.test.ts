// "02/10/2023 - 15:00" on the dateline line, then a body opening "Tháng 9, chỉ số …": the month opens the body; the
// time on the line above is no day of a date "5 tháng 6" (a date's day stands on the same line).
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

describe('a month opening the body under a dateline with its time', () => {
  it('dates the figures of its sentence', () => {
    const text = 'Chỉ số sản xuất công nghiệp của tỉnh\n02/10/2023 - 15:00\nTháng 9, chỉ số sản xuất công nghiệp của tỉnh tăng 2,38% so với tháng trước.';
    expect(figureAt(text, '2,38%', { published: '2023-10-02' }).period).toBe('2023-M09');
  });

  it('"ngày 5 tháng 6" on one line is still a date', () => {
    const text = 'Ngày 5 tháng 6, tỉnh tổ chức hội nghị; năm 2023 thu ngân sách đạt 1.200 tỷ đồng.';
    expect(figureAt(text, '1.200 tỷ đồng', { published: '2023-10-02' }).period).toBe('2023');
  });
});
