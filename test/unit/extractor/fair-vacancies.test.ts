// Job-fair news leads with the vacancies offered ("cung cấp hơn 7.200 vị trí việc làm") and budget briefs count the lines
// of revenue that met their plan ("Có 9/14 khoản thu đạt trên 75% dự toán"): both are counts of the head noun.
import { describe, expect, it } from 'vitest';
import { figureAt, figuresIn } from './helpers.ts';

const OPTS = { published: '2026-03-09' };
const HEAD = 'Ngày hội việc làm năm 2026\n\n';

describe('vacancies and revenue lines counted', () => {
  it('"hơn 7.200 vị trí việc làm" counts vacancies by the head noun', () => {
    const text = `${HEAD}Ngày hội có sự tham gia của 68 doanh nghiệp, cung cấp hơn 7.200 vị trí việc làm trong và ngoài nước.`;
    const f = figureAt(text, '7.200', OPTS);
    expect([f.value, f.unit, f.bound]).toEqual([7200, 'vị trí', 'over']);
  });

  it('"9/14 khoản thu" is a ratio of revenue lines', () => {
    const text = `Thu ngân sách 9 tháng\n\nTrong tổng thu, có 9/14 khoản thu đạt trên 75% dự toán.`;
    expect(figureAt(text, '9/14', { published: '2023-10-05' }).unit).toBe('khoản thu');
  });

  it('a rank written as "vị trí thứ 5" is no count', () => {
    const text = `${HEAD}Chỉ số PCI của tỉnh xếp vị trí thứ 5 cả nước.`;
    expect(figuresIn(text, OPTS).some((f) => f.text.includes('5'))).toBe(false);
  });
});
