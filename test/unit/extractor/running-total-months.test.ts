// "Thu ngân sách tháng 10 ước đạt 520 tỷ đồng, lũy kế ước 5.120 tỷ đồng, tăng 8,6%": monthly reports give the month's
// figure, then the running total ("lũy kế", "cộng dồn") with its change or attainment. The total is the months so far
// (2025-10M), not the month. Pattern from real provincial and statistics pages.
import { describe, it } from 'vitest';
import { expectFigure } from './helpers.ts';

const pub = { published: '2025-10-29' };

describe('a running total after a month\'s figure is the months so far', () => {
  const text = 'Thu ngân sách tháng 10 ước đạt 520 tỷ đồng, lũy kế ước 5.120 tỷ đồng, tăng 8,6% so với cùng kỳ.';
  it('the month keeps its month', () => {
    expectFigure(text, '520 tỷ đồng', { period: '2025-M10' }, pub);
  });
  it('"lũy kế ước …" is the ten months, and so is its change', () => {
    expectFigure(text, '5.120 tỷ đồng', { period: '2025-10M' }, pub);
    expectFigure(text, '8,6%', { period: '2025-10M', base: 'same_period' }, pub);
  });
  it('the total\'s bracketed attainment and change are the ten months too', () => {
    const bracket = 'Giá trị sản xuất công nghiệp tháng 10 ước 2.115 tỷ đồng, cộng dồn 19.520 tỷ đồng (đạt 81,2% kế hoạch, tăng 8,4% so với cùng kỳ).';
    expectFigure(bracket, '81,2%', { period: '2025-10M', kind: 'attainment' }, pub);
    expectFigure(bracket, '8,4%', { period: '2025-10M' }, pub);
  });
});

describe('what is not a running total of the year', () => {
  it('"lũy kế" under a cut-off date, of a stock, keeps the cut-off', () => {
    const text = 'Đến hết tháng 9/2025, tỉnh thu hút thêm 12 dự án FDI; lũy kế có 640 dự án còn hiệu lực.';
    expectFigure(text, '640 dự án', { period: '2025-M09' }, pub);
  });
  it('a month\'s figure with no running total keeps its month', () => {
    expectFigure('Kim ngạch xuất khẩu tháng 10 ước đạt 310 triệu USD, tăng 5,2% so với tháng trước.', '5,2%', { period: '2025-M10' }, pub);
  });
});
