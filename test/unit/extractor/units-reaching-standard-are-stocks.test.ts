// "Đến ngày 31/5/2025, … 9/13 đơn vị cấp huyện đạt chuẩn, hoàn thành nhiệm vụ xây dựng nông thôn mới": units that have
// reached a standard are counted as they stand at the date (its month), not summed over the months to it, even with no
// indicator of their own. Written after holdout29.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2025-06-12' };

describe('a count at a cut-off day', () => {
  it('units that reached a standard stand at the date\'s month', () => {
    const text = 'Đến ngày 31/5/2025, toàn tỉnh có 9/13 đơn vị cấp huyện đạt chuẩn, hoàn thành nhiệm vụ xây dựng nông thôn mới.';
    expect(figureAt(text, '9/13', opts).period).toBe('2025-M05');
  });

  it('work done up to the date is summed over the months to it', () => {
    const text = 'Đến ngày 31/5/2025, toàn tỉnh đã cấp 1.240 giấy chứng nhận quyền sử dụng đất.';
    expect(figureAt(text, '1.240', opts).period).toBe('2025-5M');
  });
});
