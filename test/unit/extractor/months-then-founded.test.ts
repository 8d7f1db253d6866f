// "Đến hết tháng 6/2023, toàn thành phố có 2.150 doanh nghiệp đang hoạt động; 6 tháng thành lập mới 142 doanh nghiệp":
// the months, then what was newly founded, licensed or enrolled in them, are the stretch its clause sums (H1), not the
// cut-off month the stock before stands at. "Sau 6 tháng thành lập, …" (months since one founding) dates nothing.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2023-07-15' };

describe('months then what was newly founded in them', () => {
  it('date their clause', () => {
    const text = 'Đến hết tháng 6/2023, toàn thành phố có 2.150 doanh nghiệp đang hoạt động; 6 tháng thành lập mới 142 doanh nghiệp, bằng 105% so với cùng kỳ. Lũy kế 9 tháng cấp mới 12 dự án đầu tư.';
    expect(figureAt(text, '142', opts).period).toBe('2023-H1');
    expect(figureAt(text, '2.150', opts).period).toBe('2023-M06');
  });

  it('months since a founding are no stretch of the year', () => {
    const text = 'Năm 2022, huyện có 85 doanh nghiệp thành lập mới; sau 6 tháng thành lập mới, các doanh nghiệp này nộp ngân sách 12,5 tỷ đồng.';
    expect(figureAt(text, '12,5 tỷ đồng', opts).period).toBe('2022');
  });
});
