// "công nghiệp - xây dựng tăng 18,03% (cùng kỳ năm ngoái tăng 15,49%); dịch vụ tăng 6,19% (cùng kỳ tăng 6,06%) và thuế
// sản phẩm tăng 12,89% (mức tăng 9 tháng năm 2023 chỉ là 5,64%)" (a real 9-month report): a bracket that gives last
// year's figure dates that figure only, not the figures beside it; "(cùng kỳ tăng …)" alone is the same stretch a year
// before. A bracket that only names a period ("7,97% (năm 2022)") still dates the figure before it.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const OPTS = { published: '2024-10-10' };
const TEXT = 'Kinh tế 9 tháng\n\nTrong 9 tháng năm 2024, GRDP của tỉnh tăng 9,2%. Nông nghiệp giảm 1,8% nhưng công nghiệp - xây dựng tăng 15,2% ' +
  '(cùng kỳ năm ngoái tăng 12,4%); dịch vụ tăng 6,5% (cùng kỳ tăng 6,1%) và thuế sản phẩm tăng 10,3% (mức tăng 9 tháng năm 2023 chỉ là 4,9%).';

describe('a bracket giving last year\'s figure', () => {
  it('dates its own figure', () => {
    expect(figureAt(TEXT, '12,4%', OPTS).period).toBe('2023-9M');
    expect(figureAt(TEXT, '6,1%', OPTS).period).toBe('2023-9M');
    expect(figureAt(TEXT, '4,9%', OPTS).period).toBe('2023-9M');
  });

  it('leaves the figures beside it the report\'s', () => {
    expect(figureAt(TEXT, '1,8%', OPTS).period).toBe('2024-9M');
    expect(figureAt(TEXT, '15,2%', OPTS).period).toBe('2024-9M');
    expect(figureAt(TEXT, '6,5%', OPTS).period).toBe('2024-9M');
    expect(figureAt(TEXT, '10,3%', OPTS).period).toBe('2024-9M');
  });
});

describe('a bracket that only names a period', () => {
  it('dates the figure before it', () => {
    const text = 'Giảm nghèo\n\nTỷ lệ hộ nghèo giảm từ 19,26% (năm 2015) xuống còn 7,97% (năm 2022).';
    expect(figureAt(text, '7,97%', { published: '2023-03-01' }).period).toBe('2022');
  });
});
