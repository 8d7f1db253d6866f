// "Tình hình các khu công nghiệp đến ngày 30/11/2024:" over "Tỷ lệ lấp đầy bình quân: 88,6%" and "Số lao động đang làm
// việc: 472.000 người": what stands at the heading's date (words say so: "đang làm việc", "lấp đầy", "tổng diện tích")
// is counted at that month; sums over the months to it (revenue, new projects) stay sums. Found by holdout14.
import { describe, it } from 'vitest';
import { expectFigure } from './helpers.ts';

const opts = { published: '2024-12-27' };
const parks = 'Năm 2024, tỉnh thu hút 1,95 tỷ USD vốn FDI.\n\nTình hình các khu công nghiệp đến ngày 30/11/2024:\nTổng diện tích: 12.723 ha\nTỷ lệ lấp đầy bình quân: 88,6%\nSố lao động đang làm việc: 472.000 người\nThu ngân sách từ các doanh nghiệp: 4.000 tỷ đồng\n';

describe('stocks under a heading dated "đến ngày …"', () => {
  it('take the month of the date', () => {
    expectFigure(parks, '88,6%', { period: '2024-M11' }, opts);
    expectFigure(parks, '472.000', { period: '2024-M11' }, opts);
    expectFigure(parks, '12.723 ha', { period: '2024-M11' }, opts);
  });
  it('a sum over the months to the date stays a sum', () => {
    expectFigure(parks, '4.000 tỷ', { period: '2024-11M' }, opts);
  });
  it('new projects counted to a date in a sentence stay a sum', () => {
    expectFigure('Từ đầu năm đến ngày 30/9/2024, tỉnh cấp mới 45 dự án FDI với vốn đăng ký 485,6 triệu USD.', '45 dự án', { period: '2024-9M' }, opts);
  });
});
