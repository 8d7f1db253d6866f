// "Bắc Ninh dẫn đầu với tổng vốn đầu tư đăng ký đạt gần 1,9 tỷ USD, chiếm 17,3% tổng vốn đầu tư cả nước, gấp gần 2,1 lần
// cùng kỳ": investment counted in dollars is foreign (fdi), and so are the share and the change that follow it in its
// clause, though their words say only "tổng vốn đầu tư". Pattern from real pages on FDI rankings.
import { describe, it } from 'vitest';
import { expectFigure } from './helpers.ts';

const pub = { published: '2025-04-10' };
const text = 'Quý I/2025, tỉnh dẫn đầu với tổng vốn đầu tư đăng ký đạt gần 1,2 tỷ USD, chiếm 11,3% tổng vốn đầu tư cả nước, gấp gần 2,4 lần cùng kỳ.';

describe('the share and change of a dollar investment are foreign investment', () => {
  it('the amount in dollars', () => {
    expectFigure(text, '1,2 tỷ USD', { indicator: 'fdi' }, pub);
  });
  it('its share of the country\'s', () => {
    expectFigure(text, '11,3%', { indicator: 'fdi' }, pub);
  });
  it('its multiple against the same period', () => {
    expectFigure(text, '2,4 lần', { kind: 'change', indicator: 'fdi' }, pub);
  });
});

describe('investment in đồng stays the whole society\'s', () => {
  it('a change after an amount in đồng', () => {
    expectFigure('Năm 2024, tổng vốn đầu tư toàn xã hội đạt 52.000 tỷ đồng, tăng 9,4% so với năm trước.', '9,4%', { indicator: 'social_investment' }, pub);
  });
});
