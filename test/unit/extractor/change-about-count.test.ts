// A change said to be "về số <noun>" or "về số lượng" moves the count of that noun given before it in its sentence,
// whatever amount stands between; a change with no such words after an amount is the amount's, and "về số dự án" moves
// no count of firms.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const OPTS = { published: '2024-07-05' };

describe('a change about a count named after it', () => {
  const text = 'Phát triển doanh nghiệp\n\n6 tháng đầu năm 2024, toàn tỉnh có 845 doanh nghiệp thành lập mới với tổng vốn đăng ký 7.120 tỷ đồng, tăng 9,6% về số doanh nghiệp và tăng 21,4% về vốn so với cùng kỳ.';

  it('"về số doanh nghiệp" is the change of the new firms', () => {
    expect(figureAt(text, '9,6%', OPTS)).toMatchObject({ kind: 'change', indicator: 'new_enterprises' });
  });

  it('"về số lượng" is the change of the count before it', () => {
    const short = 'Doanh nghiệp\n\nQuý II, thành phố có 312 doanh nghiệp thành lập mới, vốn đăng ký 2.480 tỷ đồng, giảm 4,1% về số lượng so với cùng kỳ.';
    expect(figureAt(short, '4,1%', OPTS)).toMatchObject({ indicator: 'new_enterprises', direction: 'down' });
  });

  it("a plain change after the capital, and a count of another noun, take nothing from the firms", () => {
    const other = 'Phát triển doanh nghiệp\n\n6 tháng đầu năm 2024, toàn tỉnh có 845 doanh nghiệp thành lập mới với tổng vốn đăng ký 7.120 tỷ đồng, tăng 21,4% so với cùng kỳ; 96 dự án được cấp mới, tăng 8% về số dự án.';
    expect(figureAt(other, '21,4%', OPTS).indicator).toBeUndefined();
    expect(figureAt(other, '8%', OPTS).indicator).toBeUndefined();
  });
});
