// "Trồng trọt đạt khá. Vụ Đông Xuân 2023 - 2024, toàn huyện xuống giống …. Giá lúa tươi bán tại ruộng …": a rice season that opens a
// later sentence of its paragraph dates the next sentences about its rice, as one opening the paragraph does; a sentence
// on another crop or stock after it is back in the report's stretch.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const head = 'Châu Thành: kinh tế 6 tháng tăng trưởng khá\n\nTheo báo cáo của UBND huyện Châu Thành, 6 tháng đầu năm 2024, giá trị sản xuất ' +
  'nông nghiệp ước đạt 4.215 tỷ đồng, tăng 3,2% so với cùng kỳ; giá trị sản xuất công nghiệp ước đạt 2.870 tỷ đồng, tăng 8,4% so với cùng kỳ, đạt 51% kế hoạch năm.\n\n';
const season = 'Trồng trọt đạt khá. Vụ Đông Xuân 2023 - 2024, toàn huyện xuống giống 12.400 ha lúa, năng suất bình quân 58,5 tạ/ha. ';
const opts = { published: '2024-07-10' };

describe('a rice season opening a later sentence of its paragraph', () => {
  it("dates the next sentence on its rice's price", () => {
    const text = head + season + 'Giá lúa tươi tại ruộng từ 6.800 - 7.200 đồng/kg.';
    expect(figureAt(text, '6.800 - 7.200 đồng/kg', opts).period).toBe('2023/2024');
  });

  it("leaves a sentence on another crop in the report's stretch", () => {
    const text = head + season + 'Diện tích dừa toàn huyện hiện có 6.150 ha.';
    expect(figureAt(text, '6.150 ha', opts).period).toBe('2024-H1');
  });
});
