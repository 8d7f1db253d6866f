// "IIP 9 tháng ước tăng 16,2% so với cùng kỳ; riêng quý III tăng 18,9%. Giá trị sản xuất công nghiệp ước đạt …": a
// quarter singled out after a clause is an aside on the stretch of that clause, as a month is; the sentences after it
// are the stretch's again. Found by holdout42/002 (a Department of Industry and Trade's nine-month review).
import { describe, it } from 'vitest';
import { expectFigure } from './helpers.ts';

const opts = { published: '2025-10-06' };

describe('a quarter singled out after a clause', () => {
  it('"; riêng quý III" dates its own change, not the next sentence', () => {
    const text = 'Chín tháng năm 2025, chỉ số sản xuất công nghiệp ước tăng 11,4% so với cùng kỳ; riêng quý III tăng 13,2%. Giá trị sản xuất công nghiệp ước đạt 96.300 tỷ đồng, tăng 10,8%.';
    expectFigure(text, '13,2%', { kind: 'change', period: '2025-Q3' }, opts);
    expectFigure(text, '96.300 tỷ đồng', { kind: 'level', period: '2025-9M' }, opts);
  });
  it('a quarter that opens its paragraph still dates the sentences after it', () => {
    const text = 'Riêng quý III, chỉ số sản xuất công nghiệp tăng 13,2%. Giá trị sản xuất công nghiệp đạt 34.100 tỷ đồng.';
    expectFigure(text, '34.100 tỷ đồng', { kind: 'level', period: '2025-Q3' }, opts);
  });
});
