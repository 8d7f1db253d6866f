// "Trên tuyến Quốc lộ 50, thành phố đầu tư 3 cây cầu với tổng vốn 215 tỷ đồng": money given as what something cost
// ("vốn", "kinh phí", "mức đầu tư") does not take the indicator of the paragraph or article before (output, revenue).
// Found by probing after holdout12.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { locality: 'thành phố Mỹ Tho', published: '2023-12-20' };
const before = 'Năm 2023, giá trị sản xuất công nghiệp trên địa bàn đạt hơn 18 nghìn tỷ đồng, tăng 12% so với năm 2022.\n\n';

describe('a cost takes no topic indicator', () => {
  it('"với tổng vốn 215 tỷ đồng" in the next paragraph', () => {
    const text = `${before}Trên tuyến Quốc lộ 50, thành phố đầu tư 3 cây cầu với tổng vốn 215 tỷ đồng.`;
    expect(figureAt(text, '215', opts).indicator).toBeUndefined();
  });
  it('"tổng kinh phí hơn 10,7 tỷ đồng" in the same paragraph', () => {
    const text = 'Thu ngân sách đạt 386,2 tỷ đồng. Huyện hỗ trợ sửa chữa 215 căn nhà với tổng kinh phí hơn 10,7 tỷ đồng.';
    expect(figureAt(text, '10,7', opts).indicator).toBeUndefined();
  });
  it('an amount with no cost word still continues the topic', () => {
    const text = `${before}Riêng khu công nghiệp Mỹ Tho đạt 9.200 tỷ đồng.`;
    expect(figureAt(text, '9.200', opts).indicator).toBe('industrial_output_value');
  });
  it('a cost that names its own indicator keeps it', () => {
    const text = `${before}Vốn đầu tư toàn xã hội đạt 5.400 tỷ đồng.`;
    expect(figureAt(text, '5.400', opts).indicator).toBe('social_investment');
  });
});
