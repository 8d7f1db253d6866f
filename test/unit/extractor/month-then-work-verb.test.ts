// "Trồng rừng tập trung 6 tháng đạt 4.850 ha, bằng 65% kế hoạch; riêng tháng 6 trồng được 620 ha": a month followed by
// what was done in it (planted, sown, disbursed, spent) dates its clause, not the months summed before it. A date
// "ngày 5 tháng 6" stays a date.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2025-06-27' };

describe('a month, then a verb of work', () => {
  it('dates its own clause after the months summed', () => {
    const text = 'Trồng rừng tập trung 6 tháng đạt 4.850 ha, bằng 65% kế hoạch; riêng tháng 6 trồng được 620 ha.';
    expect(figureAt(text, '4.850 ha', opts).period).toBe('2025-H1');
    expect(figureAt(text, '620 ha', opts).period).toBe('2025-M06');
  });

  it('reads a month that disbursed', () => {
    const text = 'Lũy kế 5 tháng, tỉnh giải ngân 1.240 tỷ đồng; tháng 5 giải ngân 310 tỷ đồng.';
    expect(figureAt(text, '310 tỷ đồng', { published: '2025-06-02' }).period).toBe('2025-M05');
  });

  it('leaves a date alone', () => {
    const text = 'Lũy kế 6 tháng, toàn tỉnh trồng 4.850 ha rừng; từ ngày 5 tháng 6 trồng thêm 620 ha.';
    expect(figureAt(text, '620 ha', opts).period).not.toBe('2025-M06');
  });
});
