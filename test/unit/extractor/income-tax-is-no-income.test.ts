// Budget reports list revenue by source: "thu thuế thu nhập cá nhân tăng 7,4%", "thuế thu nhập doanh nghiệp". A tax on
// income is revenue, not the income per head that "thu nhập" alone may name.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2023-11-08' };

describe('a tax on income', () => {
  it('is no income per head', () => {
    const text = 'Mười tháng năm 2023, thu ngân sách đạt 9.420 tỷ đồng; trong đó thu thuế ngoài quốc doanh tăng 11,2%; thu thuế thu nhập cá nhân tăng 6,3%; thu thuế thu nhập doanh nghiệp tăng 4,8%.';
    expect(figureAt(text, '6,3%', opts).indicator).not.toBe('income_per_capita');
    expect(figureAt(text, '4,8%', opts).indicator).not.toBe('income_per_capita');
  });

  it('the income of the people stays income per head', () => {
    const text = 'Năm 2023, thu nhập của người dân trong xã tăng 6,3% so với năm trước.';
    expect(figureAt(text, '6,3%', opts).indicator).toBe('income_per_capita');
  });
});
