// "Trong 6 tháng đầu năm 2021, … giảm gần 30% so với 6 tháng cuối năm 2020": the half just before is the previous
// period; the same half a year before is the same period.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extractor/index.ts';

const PAD = 'Với các giải pháp đồng bộ, cùng sự vào cuộc quyết liệt của các cơ quan chức năng, tình hình trật tự an toàn giao ' +
  'thông trên địa bàn tỉnh đã được bảo đảm; công tác tuyên truyền, tuần tra, kiểm soát được tăng cường trên các tuyến.';
const bases = (sentence: string, published: string) =>
  extract(`Tai nạn giao thông giảm trên địa bàn toàn tỉnh\n\n${PAD}\n\n${sentence}`, { published }).figures.map((f) => [f.text, f.period ?? null, f.base ?? null]);

describe('a half-year compared with the half before it', () => {
  it('is against the previous period, across the new year and within a year', () => {
    expect(bases('Trong 6 tháng đầu năm 2021, số người tử vong do tai nạn giao thông đã giảm tới gần 30% so với 6 tháng cuối năm 2020.', '2021-07-10'))
      .toEqual([['30%', '2021-H1', 'previous_period']]);
    expect(bases('Trong 6 tháng cuối năm 2024, thu ngân sách đạt 500 tỷ đồng, tăng 12% so với 6 tháng đầu năm 2024.', '2025-01-10'))
      .toEqual([['500 tỷ đồng', '2024-H2', null], ['12%', '2024-H2', 'previous_period']]);
  });

  it('is against the same period when the half is the same one a year before', () => {
    expect(bases('Trong 6 tháng cuối năm 2024, thu ngân sách đạt 500 tỷ đồng, tăng 12% so với 6 tháng cuối năm 2023.', '2025-01-10'))
      .toEqual([['500 tỷ đồng', '2024-H2', null], ['12%', '2024-H2', 'same_period']]);
    expect(bases('Trong 6 tháng đầu năm 2024, thu ngân sách đạt 500 tỷ đồng, tăng 12% so với 6 tháng đầu năm 2023.', '2024-07-10'))
      .toEqual([['500 tỷ đồng', '2024-H1', null], ['12%', '2024-H1', 'same_period']]);
  });
});
