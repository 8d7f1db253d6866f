// "dự án mở rộng đường 30/4 giải ngân 96 tỷ đồng": "giải" opening the verb "giải ngân" (disburse) is no prize counted
// after a number, so the street's name is no ratio of prizes. Prizes counted as such stay counts.
import { describe, expect, it } from 'vitest';
import { figureAt, figuresIn } from './helpers.ts';

const opts = { published: '2026-07-08' };

describe('"giải ngân" after a number', () => {
  it('does not count prizes', () => {
    const text = 'Riêng dự án nâng cấp đường 30/4 giải ngân 96 tỷ đồng; tuyến đường 2/9 giải ngân 41 tỷ đồng.';
    expect(figuresIn(text, opts).map((f) => f.text)).toEqual(['96 tỷ đồng', '41 tỷ đồng']);
  });

  it('prizes stay a count', () => {
    const text = 'Tại Hội khỏe Phù Đổng toàn quốc, đoàn học sinh của tỉnh giành 18 giải, tăng 5 giải so với kỳ trước.';
    expect(figureAt(text, '18 giải', opts).unit).toBe('giải');
  });
});
