// Budget briefs open their lead on a month's end, often after the station's credit: "(DRT) - Tính đến hết tháng 9/2023,
// tổng thu ngân sách … đạt 158,6 tỷ đồng". Revenue is summed from January, so it is the months elapsed (9M); a stock
// counted at the same cut-off stands at the month.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const OPTS = { published: '2023-10-05' };
const HEAD = 'Thu ngân sách đạt khá\n\n';

describe('revenue summed to a month\'s end', () => {
  it('after a credit, "Tính đến hết tháng 9/2023, tổng thu ngân sách" is the nine months', () => {
    const text = `${HEAD}(DRT) - Tính đến hết tháng 9/2023, tổng thu ngân sách nhà nước trên địa bàn huyện Krông Pắc đạt 158,6 tỷ đồng, bằng 82% dự toán.`;
    expect(figureAt(text, '158,6 tỷ đồng', OPTS).period).toBe('2023-9M');
    expect(figureAt(text, '82%', OPTS).period).toBe('2023-9M');
  });

  it('without a credit, "Đến hết tháng 9/2023, thu nội địa" is the nine months too', () => {
    const text = `${HEAD}Đến hết tháng 9/2023, thu nội địa trên địa bàn huyện Krông Pắc đạt 140,2 tỷ đồng.`;
    expect(figureAt(text, '140,2 tỷ đồng', OPTS).period).toBe('2023-9M');
  });

  it('a coverage rate at the same cut-off after a credit stays at the month', () => {
    const text = `${HEAD}(DRT) - Tính đến hết tháng 9/2023, tỷ lệ dân số tham gia bảo hiểm y tế trên địa bàn huyện Krông Pắc đạt 92,4%.`;
    expect(figureAt(text, '92,4%', OPTS).period).toBe('2023-M09');
  });
});
