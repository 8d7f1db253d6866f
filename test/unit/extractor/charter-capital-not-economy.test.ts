// "có 2.411 doanh nghiệp thành lập mới, …, vốn điều lệ đăng ký đạt 18.417 tỷ đồng, tăng 43,5%": the new enterprises'
// charter capital is no GRDP, though the page spoke of the GRDP before it.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extractor/index.ts';

const read = (text: string) =>
  extract(`Kinh tế Thanh Hóa 9 tháng năm 2024\n\n${text}`, { published: '2024-10-11' }).figures.map((f) => [f.text, f.indicator ?? null]);
const GROWTH = 'Theo Cục Thống kê tỉnh, GRDP ước tính 9 tháng đầu năm tăng 12,46% so với cùng kỳ năm trước, đứng đầu khu vực ' +
  'Bắc Trung bộ; các ngành, lĩnh vực đều có bước phát triển, đời sống nhân dân tiếp tục được cải thiện rõ rệt.';

describe('charter capital is not the economy', () => {
  it('gives the new enterprises\' registered charter capital and its change no GRDP id', () => {
    expect(read(`${GROWTH}\n\nĐến ngày 15/9, trên địa bàn tỉnh có 2.411 doanh nghiệp thành lập mới, vốn điều lệ đăng ký đạt 18.417 tỷ đồng, tăng 43,5%.`))
      .toEqual([['12,46%', 'grdp_growth'], ['2.411 doanh nghiệp', 'new_enterprises'], ['18.417 tỷ đồng', null], ['43,5%', null]]);
  });

  it('still reads the economy\'s size in đồng as GRDP', () => {
    expect(read(`${GROWTH}\n\nQuy mô GRDP 9 tháng đạt 218.417 tỷ đồng, tăng 13,5% so với cùng kỳ.`))
      .toEqual([['12,46%', 'grdp_growth'], ['218.417 tỷ đồng', 'grdp'], ['13,5%', 'grdp_growth']]);
  });
});
