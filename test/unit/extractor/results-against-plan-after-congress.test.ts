// "… tổ chức thành công Đại hội đại biểu Đảng bộ xã lần thứ I, nhiệm kỳ 2025 – 2030. … Nhiều chỉ tiêu phát triển kinh tế
// đạt và vượt so với kế hoạch đề ra: Tổng giá trị sản xuất ước đạt hơn 3.877 tỷ đồng, …": results measured against the
// plan are the year's, not the new term's targets, though a congress was just named.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extractor/index.ts';

const HEAD = 'Đảng uỷ xã Vĩnh Tường triển khai nhiệm vụ năm 2026\n\nChiều 31/12, Đảng uỷ xã Vĩnh Tường tổ chức Hội nghị tổng kết nhiệm vụ chính trị năm 2025.\n\n' +
  'Năm 2025, Đảng ủy xã đã tổ chức thành công Đại hội đại biểu Đảng bộ xã lần thứ I, nhiệm kỳ 2025 – 2030. ';
const read = (tail: string) =>
  extract(HEAD + tail, { published: '2025-12-31' }).figures.map((f) => [f.text, f.period ?? null, f.modality]);

describe('results against the plan after a congress is named', () => {
  it('stay the reviewed year\'s actuals', () => {
    expect(read('Nhiều chỉ tiêu phát triển kinh tế đạt và vượt so với kế hoạch đề ra: tổng thu ngân sách nhà nước trên địa bàn đạt 450 tỷ đồng; tỷ lệ hộ nghèo giảm còn 0,1%.'))
      .toEqual([['450 tỷ đồng', '2025', 'actual'], ['0,1%', '2025', 'actual']]);
  });

  it('leave targets the congress set to the new term', () => {
    expect(read('Đại hội đề ra các chỉ tiêu chủ yếu: tổng thu ngân sách nhà nước trên địa bàn đạt 600 tỷ đồng; tỷ lệ hộ nghèo dưới 0,5%.'))
      .toEqual([['600 tỷ đồng', '2025/2030', 'target'], ['0,5%', '2025/2030', 'target']]);
  });
});
