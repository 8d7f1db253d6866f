// "lũy kế 10 tháng 3.798 tỷ đồng", "Xuất khẩu 9 tháng 2.450 triệu USD": reports and headlines put the months right
// before the amount, with no verb between. Those months are the figure's period; "ngày 10 tháng 3" stays a date.
import { describe, it } from 'vitest';
import { expectFigure, expectNoFigureAt } from './helpers.ts';

const pub = { published: '2025-11-28' };

describe('months written right before an amount date it', () => {
  it('"lũy kế 10 tháng 3.798 tỷ đồng" is ten months', () => {
    expectFigure('Thu ngân sách tháng 10 đạt 108 tỷ đồng, lũy kế 10 tháng 3.798 tỷ đồng.', '3.798 tỷ đồng', { period: '2025-10M' }, pub);
  });
  it('"6 tháng 1.200 tỷ đồng" is the first half', () => {
    expectFigure('Thu ngân sách 6 tháng 1.200 tỷ đồng.', '1.200 tỷ đồng', { period: '2025-H1' }, pub);
  });
  it('a decimal amount: "9 tháng 2,45 tỷ USD"', () => {
    expectFigure('Kim ngạch xuất khẩu 9 tháng 2,45 tỷ USD.', '2,45 tỷ USD', { period: '2025-9M' }, pub);
  });
});

describe('a length of months is no period', () => {
  it('"đào tạo dưới 3 tháng 42.440 người" is a course\'s length', () => {
    const text = 'Chín tháng năm 2024, toàn tỉnh đào tạo nghề cho 58.430 người; trong đó trình độ sơ cấp và đào tạo dưới 3 tháng 42.440 người.';
    expectFigure(text, '42.440 người', { period: '2024-9M' }, { published: '2024-10-20' });
  });
});

describe('a day and month stay a date', () => {
  it('"ngày 10 tháng 3 năm 2025" is no figure and gives no months to the next one', () => {
    const text = 'Ngày 10 tháng 3 năm 2025, tỉnh khởi công 12 dự án.';
    expectNoFigureAt(text, "3 năm");
    expectFigure(text, '12 dự án', { period: '2025' }, pub);
  });
});
