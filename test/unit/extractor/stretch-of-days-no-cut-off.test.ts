// "Từ ngày 1/7 đến 15/12/2025, tổng thu ngân sách trên địa bàn xã đạt 21,3 tỷ đồng" opening a paragraph of a year-end
// report: a stretch that counts from its own first day (a commune formed on 1/7) is no cut-off of the year's count, so
// the paragraphs after it go back to the year. "Tính đến ngày 30/11/2025, …" opening a paragraph still is one.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2025-12-19', locality: 'xã Cầu Kè' };
const head = 'Xã Cầu Kè: Năm 2025 đạt 16/19 chỉ tiêu\n\nNăm 2025, xã thực hiện đạt 16/19 chỉ tiêu Nghị quyết.\n\n';
const after = '\n\nCông tác an sinh được quan tâm. Trong năm, xã xây dựng 31 căn nhà cho hộ nghèo; toàn xã còn 88 hộ nghèo.';

describe('a stretch of days opening a paragraph', () => {
  it('dates its own paragraph, not the next ones', () => {
    const text = head + 'Từ ngày 1/7 đến 15/12/2025, tổng thu ngân sách trên địa bàn xã đạt 21,3 tỷ đồng.' + after;
    expect(figureAt(text, '21,3 tỷ đồng', opts).period).toBe('2025-H2');
    expect(figureAt(text, '31 căn nhà', opts).period).toBe('2025');
    expect(figureAt(text, '88 hộ', opts).period).toBe('2025');
  });

  it('leaves a cut-off opening a paragraph to date the next ones', () => {
    const text = head + 'Tính đến ngày 30/11/2025, tổng thu ngân sách trên địa bàn xã đạt 40,2 tỷ đồng.' + after;
    expect(figureAt(text, '31 căn nhà', opts).period).toBe('2025-11M');
  });
});
