// Land-use fees are budget revenue summed from January: "Đến hết tháng 6/2024, thu tiền sử dụng đất … đạt 640 tỷ đồng"
// is the first half (2024-H1), as "Đến hết tháng 6/2024, thu ngân sách …" is. Land recovered for projects and counted at
// the same cut-off, with no revenue verb, still stands at the month.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const OPTS = { published: '2024-07-08' };
const HEAD = 'Nguồn thu từ đất giảm mạnh\n\n';

describe('land-use fees summed to a month\'s end', () => {
  it('are the months elapsed, with their share of the estimate', () => {
    const text = `${HEAD}(BKH) - Đến hết tháng 6/2024, thu tiền sử dụng đất trên địa bàn tỉnh đạt 640 tỷ đồng, bằng 32% dự toán.`;
    expect(figureAt(text, '640 tỷ đồng', OPTS).period).toBe('2024-H1');
    expect(figureAt(text, '32%', OPTS).period).toBe('2024-H1');
  });

  it('land counted at the same cut-off stays at the month', () => {
    const text = `${HEAD}Đến hết tháng 6/2024, toàn tỉnh có 1.250 ha đất đã thu hồi để giao cho nhà đầu tư.`;
    expect(figureAt(text, '1.250 ha', OPTS).period).toBe('2024-M06');
  });
});
