// "vào cuối năm" after a figure names where the year ends: an aim for the year, even after a sentence on its second
// half; a figure the second half must bring stays that half's.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const OPTS = { published: '2024-07-12' };
const TEXT = 'Các KCN 6 tháng\n\n6 tháng đầu năm 2024, các KCN thu hút 620 triệu USD. Năm 2024, Ban Quản lý phấn đấu thu hút 1,2 tỷ USD; như vậy 6 tháng cuối năm cần thu hút thêm khoảng 580 triệu USD. Tỷ lệ lấp đầy các KCN phấn đấu đạt 75% vào cuối năm.';

describe('an aim for the end of the year', () => {
  it('is the whole year', () => {
    expect(figureAt(TEXT, '75%', OPTS)).toMatchObject({ modality: 'target', period: '2024' });
  });

  it("what the second half must bring stays the half's", () => {
    expect(figureAt(TEXT, '580 triệu USD', OPTS)).toMatchObject({ modality: 'target', period: '2024-H2' });
  });
});
