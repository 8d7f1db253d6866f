// "Đến hết tháng 10, toàn tỉnh giải ngân …. Trong đó, vốn ngân sách địa phương giải ngân đạt 71,2%": the "Trong đó,"
// sentence details the ten months' flow before it. After a sentence that names no month's end, it keeps the month.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const HEAD = 'Gia Lai: kinh tế 10 tháng năm 2026\n\nKinh tế - xã hội 10 tháng năm 2026 tiếp tục chuyển biến tích cực.\n\n';
const opts = { published: '2026-11-06' };

describe('a "Trong đó," sentence after a flow to a month\'s end', () => {
  it('the shares disbursed by source are the ten months too', () => {
    const text = `${HEAD}Đến hết tháng 10, toàn tỉnh giải ngân 9.447 tỷ đồng, đạt 64,6% kế hoạch. Trong đó, vốn ngân sách địa phương giải ngân đạt 71,2%.`;
    expect(figureAt(text, '71,2%', opts).period).toBe('2026-10M');
  });

  it('after a sentence dated by its month alone it keeps the month', () => {
    const text = `${HEAD}Tháng 10/2026, toàn tỉnh giải ngân 1.120 tỷ đồng. Trong đó, vốn ngân sách địa phương giải ngân 640 tỷ đồng.`;
    expect(figureAt(text, '640 tỷ đồng', opts).period).toBe('2026-M10');
  });
});
