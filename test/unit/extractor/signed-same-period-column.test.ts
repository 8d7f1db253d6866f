// "Chỉ tiêu | Kế hoạch năm | Thực hiện 9 tháng | Đạt (%) | So cùng kỳ (%)" over "Thu ngân sách (tỷ đồng) | 96 | 71,5 |
// 74,5 | +6,2": the last column compares each row with the same period; a cell printed with its sign is the change
// against it (the sign its direction), not an index. Unsigned cells there stay as they were read before.
import { describe, expect, it } from 'vitest';
import { figureAt, figuresIn } from './helpers.ts';

const opts = { published: '2025-10-08', locality: 'huyện Châu Thành' };
const HEAD = 'Kết quả 9 tháng năm 2025:\n\nChỉ tiêu | Kế hoạch năm | Thực hiện 9 tháng | Đạt (%) | So cùng kỳ (%)\n';

describe('a signed cell under "So cùng kỳ (%)"', () => {
  it('is a change against the same period, up for "+" and down for "-"', () => {
    const text = HEAD + 'Thu ngân sách (tỷ đồng) | 96 | 71,5 | 74,5 | +6,2\nGiải quyết việc làm (lao động) | 1.800 | 1.310 | 72,8 | -3,4\n\nHết.';
    const up = figureAt(text, '6,2', opts);
    expect([up.kind, up.value, up.unit, up.base, up.direction]).toEqual(['change', 6.2, '%', 'same_period', 'up']);
    const down = figureAt(text, '3,4', opts);
    expect([down.kind, down.base, down.direction]).toEqual(['change', 'same_period', 'down']);
    expect(figureAt(text, '74,5', opts).kind).toBe('attainment');
  });

  it('leaves the cells of a column that compares with nothing', () => {
    const text = 'Kết quả:\n\nChỉ tiêu | Kế hoạch năm | Thực hiện 9 tháng | Ghi chú\nThu ngân sách (tỷ đồng) | 96 | 71,5 | +6,2\n\nHết.';
    expect(figuresIn(text, opts).some((f) => f.text.includes('6,2'))).toBe(false);
  });
});
