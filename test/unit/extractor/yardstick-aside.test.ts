// "… tăng trưởng 12,16%, đứng thứ 2 cả nước (sau tỉnh Bắc Giang tăng trưởng 13,85%)": the province ranked ahead opens
// the bracket with its own growth; the rate is Bắc Giang's, and the province the page speaks of keeps the rest.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extractor/index.ts';

const PAD = 'Năm 2024, trong bối cảnh còn nhiều khó khăn, thách thức, các cấp, các ngành đã tập trung lãnh đạo, chỉ đạo quyết ' +
  'liệt, linh hoạt, huy động sức mạnh của cả hệ thống chính trị và cộng đồng doanh nghiệp, nhờ đó kinh tế có nhiều khởi sắc.';
const places = (sentence: string) =>
  extract(`Tốc độ tăng trưởng của Thanh Hóa đứng thứ 2 cả nước\n\n${PAD}\n\n${sentence}`, { published: '2024-12-14' }).figures.map((f) => [f.text, f.locality ?? null]);

describe('a place ranked ahead that opens a bracket with its own figure', () => {
  it('owns that figure', () => {
    expect(places('Tỉnh Thanh Hóa có tốc độ tăng trưởng tổng sản phẩm ước đạt 12,16%, đứng thứ 2 cả nước (sau tỉnh Bắc Giang tăng trưởng 13,85%). Thu ngân sách ước đạt 54.341 tỉ đồng.'))
      .toEqual([['12,16%', 'tỉnh Thanh Hóa'], ['13,85%', 'tỉnh Bắc Giang'], ['54.341 tỉ đồng', 'tỉnh Thanh Hóa']]);
  });

  it('owns nothing when the bracket only names it', () => {
    expect(places('Tỉnh Thanh Hóa có tốc độ tăng trưởng tổng sản phẩm ước đạt 12,16%, đứng thứ 2 cả nước (sau tỉnh Bắc Giang), thu ngân sách ước đạt 54.341 tỉ đồng.'))
      .toEqual([['12,16%', 'tỉnh Thanh Hóa'], ['54.341 tỉ đồng', 'tỉnh Thanh Hóa']]);
  });
});
