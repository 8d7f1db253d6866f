// "Vụ lúa Hè Thu 2024, huyện xuống giống …. Diện tích dừa hiện có 12.300 ha, giá dừa khô dao động …": what stands now,
// in a later sentence of a paragraph a crop season opened, is the report's stretch, not the season's; the season's own
// harvest stays the season's.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2024-10-03' };
const text = `Mỏ Cày Nam: 9 tháng giá trị sản xuất nông nghiệp tăng 3,1%

Theo UBND huyện Mỏ Cày Nam, 9 tháng năm 2024 giá trị sản xuất nông nghiệp ước đạt 2.640 tỷ đồng, tăng 3,1% so với cùng kỳ.

Vụ lúa Hè Thu 2024, huyện xuống giống được 1.850 ha, sản lượng 10.600 tấn. Diện tích dừa hiện có 12.300 ha, giá dừa khô tại vườn dao động 95.000 - 110.000 đồng/chục.`;

describe('a stock held now after a crop season opened the paragraph', () => {
  it("is the report's stretch", () => {
    expect(figureAt(text, '12.300 ha', opts).period).toBe('2024-9M');
  });

  it("leaves the season's harvest the season's", () => {
    expect(figureAt(text, '1.850 ha', opts).period).toBe('2024');
  });
});
