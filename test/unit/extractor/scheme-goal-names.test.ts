// A scheme or campaign named by its round goal ("Đề án phát triển bền vững 1 triệu héc-ta …", "chương trình trồng 1 tỷ
// cây xanh") holds a name, not a figure; what the scheme reports, and figures after words that report, stay figures.
import { describe, expect, it } from 'vitest';
import { expectNoFigureAt, figureAt } from './helpers.ts';

describe('the round goal in a scheme\'s name', () => {
  it('"Đề án phát triển bền vững 1 triệu héc-ta chuyên canh lúa …" is a name; the area registered is a figure', () => {
    const text = 'Huyện đăng ký tham gia Đề án phát triển bền vững 1 triệu héc-ta chuyên canh lúa chất lượng cao với diện tích 12.500 ha.';
    expectNoFigureAt(text, '1 triệu héc-ta');
    expect(figureAt(text, '12.500 ha').value).toBe(12500);
  });

  it('"chương trình trồng 1 tỷ cây xanh" is a name', () => {
    expectNoFigureAt('Tỉnh hưởng ứng chương trình trồng 1 tỷ cây xanh giai đoạn 2021 - 2025.', '1 tỷ cây');
  });

  it('a count after words that report on the scheme ("đã hỗ trợ 1.000 hộ") stays a figure', () => {
    expect(figureAt('Năm 2024, chương trình giảm nghèo đã hỗ trợ 1.000 hộ xây nhà.', '1.000 hộ').value).toBe(1000);
  });

  it('a sum a scheme was given ("Đề án … với kinh phí 500 tỷ đồng") stays a figure', () => {
    expect(figureAt('Tỉnh triển khai Đề án chuyển đổi số với kinh phí 500 tỷ đồng.', '500 tỷ đồng').value).toBe(500e9);
  });

  it('a number that is not round after a scheme noun stays a figure', () => {
    expect(figureAt('Chương trình xóa nhà tạm xây 1.260 căn nhà cho hộ nghèo.', '1.260 căn').value).toBe(1260);
  });
});
