// "kết nạp 113 đảng viên mới, đạt tỷ lệ hơn 61% so với chỉ tiêu": "tỷ lệ" followed by a bound ("hơn", "gần", "xấp xỉ")
// names no rate of its own; the share is of what the clause counted before.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const OPTS = { published: '2024-07-15' };

describe('"tỷ lệ" then a bound', () => {
  it('"đạt tỷ lệ hơn 61% so với chỉ tiêu" is the share of the party members admitted', () => {
    const text = 'Sáu tháng đầu năm, huyện kết nạp 96 đảng viên mới, đạt tỷ lệ hơn 61% so với chỉ tiêu.';
    expect(figureAt(text, '61%', OPTS)).toMatchObject({ kind: 'attainment', base: 'target', bound: 'over', indicator: 'new_party_members' });
  });

  it('"đạt tỷ lệ gần 58% dự toán" continues the budget revenue', () => {
    const text = 'Thu ngân sách nhà nước được 334 tỷ đồng, đạt tỷ lệ gần 58% dự toán.';
    expect(figureAt(text, '58%', OPTS)).toMatchObject({ indicator: 'budget_revenue', bound: 'nearly' });
  });

  it('a rate named after "tỷ lệ" is its own measure', () => {
    const text = 'Thu ngân sách nhà nước được 334 tỷ đồng; tỷ lệ hộ dân sử dụng nước sạch đạt hơn 95%.';
    expect(figureAt(text, '95%', OPTS).indicator).not.toBe('budget_revenue');
  });
});
