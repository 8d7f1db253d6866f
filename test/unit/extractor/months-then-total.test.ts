// "… nâng tổng giá trị xuất khẩu 6 tháng lên 17,1 tỉ USD": the months a total is summed over date it when the total
// follows with "lên", as with "đạt"; a length of time ("kéo dài 6 tháng lên …") does not.
import { describe, it } from 'vitest';
import { expectFigure } from './helpers.ts';

describe('"N tháng lên X"', () => {
  it('dates the total', () => {
    expectFigure('Kim ngạch tháng 6 ước đạt 2,97 tỉ USD, nâng tổng giá trị xuất khẩu 6 tháng lên 17,1 tỉ USD.', '17,1 tỉ USD', { period: '2017-H1' }, { published: '2017-07-05' });
  });
});
