// "… bắt đầu tăng nhẹ 0,01% sau 8 tháng đầu năm liên tiếp bị giảm": months counted as a streak ("liên tiếp", "liên
// tục") are a length of time, not the months a report sums, so they date nothing in the paragraphs after; and "trong
// tháng tăng 2,73%" is the report's month, as "trong tháng, …" is.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2023-10-02' };
const lead = 'Tháng 9, chỉ số sản xuất công nghiệp của tỉnh tăng 2,38% so với tháng trước, so với cùng tháng năm trước bắt đầu tăng nhẹ 0,01% sau 8 tháng đầu năm liên tiếp bị giảm.\n\n';

describe('months counted as a streak', () => {
  it('do not date the next paragraph', () => {
    const text = `${lead}Nguyên nhân tăng chủ yếu do chỉ số ngành sản xuất sản phẩm điện tử trong tháng tăng 2,73%.`;
    expect(figureAt(text, '2,73%', opts).period).toBe('2023-M09');
  });

  it('"sau 8 tháng đầu năm, …" opening a sentence still sums the year so far', () => {
    const text = 'Sau 8 tháng đầu năm, thu ngân sách trên địa bàn tỉnh đạt 9.120 tỷ đồng.';
    expect(figureAt(text, '9.120 tỷ đồng', opts).period).toBe('2023-8M');
  });
});
