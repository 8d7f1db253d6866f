// The months a report sums, followed by what was done in them ("lũy kế 7 tháng trồng 2.300 ha rừng") or by the share of
// the plan they reached ("thu ngân sách 7 tháng bằng 58% dự toán"), date the figure after them, even after the month
// named earlier in the sentence. Months elapsed after "sau" stay a length of time.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

describe('months summed, then a verb of work or a share of the plan', () => {
  it('dates the running total after the month before it', () => {
    const text = 'Trong tháng 7, toàn tỉnh trồng được 640 ha rừng, lũy kế 7 tháng trồng 2.300 ha, đạt 46% kế hoạch năm.';
    const opts = { published: '2025-08-05' };
    expect(figureAt(text, '640 ha', opts).period).toBe('2025-M07');
    expect(figureAt(text, '2.300 ha', opts).period).toBe('2025-7M');
    expect(figureAt(text, '46%', opts).period).toBe('2025-7M');
  });

  it('dates a share of the plan', () => {
    const text = 'Tháng 7, thu ngân sách đạt 410 tỷ đồng. Thu ngân sách 7 tháng bằng 58% dự toán.';
    expect(figureAt(text, '58%', { published: '2025-08-05' }).period).toBe('2025-7M');
  });

  it('leaves months after "sau" a length of time', () => {
    const text = 'Năm 2025, mô hình cho thu 450 triệu đồng; sau 3 tháng trồng, mỗi ha cho thu 45 triệu đồng.';
    expect(figureAt(text, '45 triệu', { published: '2025-08-05' }).period).toBe('2025');
  });
});
