// "… tăng trưởng 12,16%, cao hơn tỉnh Bắc Giang (10,5%)": the place a figure is compared with is no subject of the page,
// but the value bracketed right after its name is its own, as a place ranked ahead owns "(11,89%)" after it.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extractor/index.ts';

const PAD = 'Năm 2024, trong bối cảnh còn nhiều khó khăn, thách thức, các cấp, các ngành đã tập trung lãnh đạo, chỉ đạo quyết ' +
  'liệt, linh hoạt, huy động sức mạnh của cả hệ thống chính trị và cộng đồng doanh nghiệp, nhờ đó kinh tế có nhiều khởi sắc.';
const places = (sentence: string) =>
  extract(`Kinh tế Thanh Hóa năm 2024\n\n${PAD}\n\n${sentence}`, { published: '2024-12-14' }).figures.map((f) => [f.text, f.locality ?? null]);

describe('the value bracketed after a place compared with', () => {
  it('is that place\'s', () => {
    expect(places('Tỉnh Thanh Hóa có tốc độ tăng trưởng tổng sản phẩm ước đạt 12,16%, cao hơn tỉnh Bắc Giang (10,5%). Thu ngân sách ước đạt 54.341 tỉ đồng.'))
      .toEqual([['12,16%', 'tỉnh Thanh Hóa'], ['10,5%', 'tỉnh Bắc Giang'], ['54.341 tỉ đồng', 'tỉnh Thanh Hóa']]);
  });

  it('while a figure after the compared place outside a bracket stays the subject\'s', () => {
    expect(places('Tỉnh Thanh Hóa có tốc độ tăng trưởng tổng sản phẩm cao hơn tỉnh Bắc Giang, đạt 12,16%.'))
      .toEqual([['12,16%', 'tỉnh Thanh Hóa']]);
  });
});
