// A half-year conference sets aims for the six months left: "phấn đấu thu ngân sách 6 tháng cuối năm đạt 95 tỷ đồng trở
// lên, giải ngân 100% kế hoạch vốn năm 2025". The year at the end of the clause closes the next item's plan name, after
// that item's own figure; it does not make the first aim the whole year's. A year right after the aim's own words
// ("…đạt 95 tỷ đồng, cả năm 2025 …" has no figure between) still does.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2025-07-08', locality: 'huyện Yên Thế' };

describe('a year after the next figure of the clause is that figure\'s', () => {
  it('"6 tháng cuối năm đạt 95 tỷ đồng …, giải ngân 100% kế hoạch vốn năm 2025": the aim stays the second half\'s', () => {
    const text = 'Huyện phấn đấu thu ngân sách 6 tháng cuối năm đạt 95 tỷ đồng trở lên, giải ngân 100% kế hoạch vốn năm 2025.';
    const f = figureAt(text, '95 tỷ', opts);
    expect(f.modality).toBe('target');
    expect(f.period).toBe('2025-H2');
  });
  it('a year named after the aim with no figure between still makes it the year\'s', () => {
    const text = 'Huyện phấn đấu thu ngân sách 6 tháng cuối năm đạt 95 tỷ đồng trở lên để hoàn thành dự toán năm 2025.';
    expect(figureAt(text, '95 tỷ', opts).period).toBe('2025');
  });
});
