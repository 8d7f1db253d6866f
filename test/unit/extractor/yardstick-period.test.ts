// "GRDP quý III ước tăng 8,1%, cao thứ hai từ trước đến nay, chỉ sau quý III/2022 (12,5%). Trong đó, dịch vụ tăng
// 7,9%": national and provincial statistics pages rank a result against a record period. That period is a yardstick:
// it dates the figure in its own bracket, but the report's period goes on in the sentences after it. Pattern from
// real statistics-office pages.
import { describe, it } from 'vitest';
import { expectFigure } from './helpers.ts';

const pub = { published: '2025-10-08' };
const text = 'Tổng sản phẩm trên địa bàn quý III/2025 ước tăng 8,1% so với cùng kỳ, mức tăng cao thứ hai từ trước đến nay, ' +
  'chỉ sau quý III/2022 (12,5%). Trong đó, khu vực công nghiệp và xây dựng tăng 9,2%; khu vực dịch vụ tăng 7,9%.';

describe('a period a rank is measured against ("chỉ sau quý III/2022") dates only its own bracket', () => {
  it('the bracket after the yardstick is that period\'s figure', () => {
    expectFigure(text, '12,5%', { period: '2022-Q3' }, pub);
  });
  it('the sentences after it go on in the report\'s period', () => {
    expectFigure(text, '9,2%', { period: '2025-Q3' }, pub);
    expectFigure(text, '7,9%', { period: '2025-Q3' }, pub);
  });
  it('"xếp sau" and "đứng sau" are yardsticks too', () => {
    const ranked = 'Kim ngạch xuất khẩu 9 tháng năm 2025 đạt 3.120 triệu USD, đứng sau năm 2022 (3.400 triệu USD). Trong đó, hàng dệt may đạt 1.050 triệu USD.';
    expectFigure(ranked, '1.050 triệu USD', { period: '2025-9M' }, pub);
  });
});

describe('what still dates the sentences after it', () => {
  it('a period named as the topic, not after "chỉ sau"', () => {
    const plain = 'Riêng quý III/2022, GRDP tăng 12,5%. Trong đó, khu vực dịch vụ tăng 10,1%.';
    expectFigure(plain, '10,1%', { period: '2022-Q3' }, pub);
  });
});
