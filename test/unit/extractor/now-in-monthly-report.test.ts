// "CPI tháng 10/2024 …" heads a monthly release; in its paragraph about "lũy kế 10 tháng", "Giá dừa khô hiện ở mức …"
// and "Tổng đàn heo hiện có …" (after a paragraph opened by a season) stand at the report's month, not the ten months
// or the season. Found by holdout14 (a statistics office's monthly release).
import { describe, it } from 'vitest';
import { expectFigure } from './helpers.ts';

const release = (body: string) => `CPI tháng 10/2024 của tỉnh tăng 0,31%\n\nCục Thống kê tỉnh vừa công bố tình hình kinh tế - xã hội tháng 10 và 10 tháng năm 2024. CPI tháng 10 tăng 0,31% so với tháng trước.\n\n${body}`;

describe('"hiện" in a monthly report', () => {
  it('a price standing now, after a ten-month sum in its paragraph, is the month\'s', () => {
    const text = release('Kim ngạch xuất khẩu lũy kế 10 tháng đạt 1.587 triệu USD, tăng 14,6%. Giá dừa khô tại vườn hiện ở mức 8.000 - 9.500 đồng/trái, cao hơn 45% so với cùng kỳ.');
    expectFigure(text, '8.000', { period: '2024-M10' });
    expectFigure(text, '1.587', { period: '2024-10M' });
  });
  it('a stock after a paragraph opened by a season is the month\'s', () => {
    const text = release('Vụ lúa Thu Đông 2024, toàn tỉnh xuống giống 9.860 ha.\n\nTổng đàn heo hiện có 392.000 con, giảm 2,4% so với cùng kỳ.');
    expectFigure(text, '392.000', { period: '2024-M10' });
    expectFigure(text, '9.860 ha', { period: '2024' });
  });
  it('"thực hiện có" is no "hiện có"', () => {
    const text = release('Lũy kế 10 tháng, thu ngân sách đạt 4.872 tỷ đồng. Các chương trình được thực hiện có hiệu quả, giải ngân đạt 1.200 tỷ đồng.');
    expectFigure(text, '1.200 tỷ', { period: '2024-10M' });
  });
  it('a yearly review\'s "hiện có" keeps its paragraph\'s period', () => {
    const text = 'Giáo dục năm 2024 có nhiều chuyển biến\n\nNăm 2024, ngành giáo dục tỉnh đạt nhiều kết quả.\n\nNăm học 2023 - 2024, toàn tỉnh hiện có 312/492 trường đạt chuẩn quốc gia.';
    expectFigure(text, '312/492', { period: '2023/2024' });
  });
});
