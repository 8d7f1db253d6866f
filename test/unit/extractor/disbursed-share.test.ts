// The percentage right after an amount disbursed ("giải ngân 6.124 tỷ đồng, đạt 72,1%", "(31,9%)") is the share of the
// capital plan; a share of something else after a disbursed amount ("chiếm 12% tổng vốn") stays a level.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

describe('the share after an amount disbursed', () => {
  it('"đạt X%" right after it is an attainment of the plan', () => {
    const text = 'Vốn ngân sách địa phương giải ngân 6.124 tỷ đồng, đạt 72,1%.';
    const f = figureAt(text, '72,1%');
    expect([f.kind, f.base]).toEqual(['attainment', 'target']);
  });

  it('a bracketed share right after it is an attainment too', () => {
    const text = 'Tuyến đường có kế hoạch 620 tỷ đồng nhưng mới giải ngân 198 tỷ đồng (31,9%) do vướng mặt bằng.';
    expect(figureAt(text, '31,9%').kind).toBe('attainment');
  });

  it('a share of another whole stays a level', () => {
    const text = 'Toàn tỉnh giải ngân 500 tỷ đồng, chiếm 12% tổng vốn đầu tư công.';
    expect(figureAt(text, '12%').kind).toBe('level');
  });
});
