// "Tính đến ngày 30/9/2025, các địa phương đã bàn giao 1.240 ha mặt bằng, đạt 82%; còn 56 hộ chưa nhận tiền bồi thường":
// a land clearance is counted since its project began, so what a clause about it gives at a cut-off stands at that
// date's month, as a stock does. Land planted to the same date is still summed over the months.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const OPTS = { published: '2025-10-06', locality: 'tỉnh Quảng Trị' };

describe('a land clearance at a cut-off', () => {
  it('stands at the date\'s month', () => {
    const text = 'Tính đến ngày 30/9/2025, các địa phương đã bàn giao 1.240 ha mặt bằng cho dự án, đạt 82%; còn 56 hộ chưa nhận tiền bồi thường.';
    expect(figureAt(text, '1.240 ha', OPTS).period).toBe('2025-M09');
    expect(figureAt(text, '82%', OPTS).period).toBe('2025-M09');
    expect(figureAt(text, '56', OPTS).period).toBe('2025-M09');
  });

  it('leaves what else was done to the date summed over the months', () => {
    const text = 'Tính đến ngày 30/9/2025, toàn tỉnh đã trồng mới 1.240 ha rừng tập trung.';
    expect(figureAt(text, '1.240 ha', OPTS).period).toBe('2025-9M');
  });
});
