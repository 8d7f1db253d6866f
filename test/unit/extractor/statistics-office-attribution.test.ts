// "Theo Chi cục Thống kê, tốc độ tăng trưởng kinh tế 9 tháng của tỉnh ước tăng 11,66%": since 2025 provincial reports
// cite the "Chi cục Thống kê". Its first word is also the word for spending, which a welfare-spending rule read as a
// reason the growth was no GRDP growth. The office's name says nothing about the figure; spending is named by its
// compounds ("tổng chi", "chi ngân sách"). Pattern from a real provincial statistics roundup.
import { describe, it } from 'vitest';
import { expectFigure } from './helpers.ts';

const pub = { published: '2025-10-10' };

describe('the statistics office cited does not unmake the growth rate', () => {
  it('"Theo Chi cục Thống kê, tốc độ tăng trưởng kinh tế … tăng X%"', () => {
    const text = 'Theo Chi cục Thống kê, tốc độ tăng trưởng kinh tế 9 tháng của tỉnh ước tăng 8,7%.';
    expectFigure(text, '8,7%', { indicator: 'grdp_growth' }, pub);
  });
});

describe('what is still spending', () => {
  it('"Tổng chi an sinh xã hội tăng X%" after the growth rate', () => {
    const text = 'Năm 2025, tốc độ tăng trưởng kinh tế đạt 8,1%. Tổng chi an sinh xã hội tăng trên 11% so với cùng kỳ.';
    expectFigure(text, '11%', { indicator: undefined }, pub);
  });
  it('"chi thường xuyên tăng X%" after the growth rate is the budget\'s spending', () => {
    const text = 'Năm 2025, tốc độ tăng trưởng kinh tế đạt 8,1%. Chi thường xuyên tăng 6,5% so với năm trước.';
    expectFigure(text, '6,5%', { indicator: 'budget_expenditure' }, pub);
  });
});
