// "các huyện miền núi Hướng Hóa, Đakrông": after "miền núi" a name is a district of the uplands, not a mountain ("núi
// Hướng Hóa" still reads as one). Found probing central coast reports after holdout14.
import { describe, it } from 'vitest';
import { expectFigure } from './helpers.ts';

describe('districts after "miền núi"', () => {
  it('"hai huyện miền núi Hướng Hóa và Đakrông lần lượt …" hands each its figure', () => {
    const text = 'Năm 2024, tỷ lệ hộ dùng nước sạch của tỉnh Quảng Trị đạt 62%, trong đó hai huyện miền núi Hướng Hóa và Đakrông lần lượt đạt 41% và 38%.';
    expectFigure(text, '41%', { locality: 'huyện Hướng Hóa' });
    expectFigure(text, '38%', { locality: 'huyện Đakrông' });
  });
  it('"núi Hướng Hóa" alone is no place', () => {
    expectFigure('Năm 2024, tỉnh Quảng Trị trồng mới 500 ha rừng quanh núi Hướng Hóa.', '500 ha', { locality: 'tỉnh Quảng Trị' });
  });
});
