// "Thành phố Sầm Sơn đón 1,1 triệu lượt khách, công suất phòng nhiều khách sạn đạt trên 95%": a rate named after the
// figure before it in its clause is not what a name before that figure measured (it was tourist_arrivals). A rate
// word that only says "the rate of it" ("tỷ lệ bao phủ đạt 96,8%") keeps the name before. Seen in 2 unscored figures.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

describe('a rate named after the figure before it', () => {
  it('room occupancy after a count of tourists is not tourist arrivals', () => {
    const text = 'Dịp lễ, thành phố Sầm Sơn đón 1,1 triệu lượt khách, công suất phòng nhiều khách sạn đạt trên 95%.';
    expect(figureAt(text, '95%').indicator).toBeUndefined();
    expect(figureAt(text, '1,1 triệu lượt khách').indicator).toBe('tourist_arrivals');
  });
  it('"tỷ lệ bao phủ" after a count of the insured is still health insurance coverage', () => {
    const text = 'Về bảo hiểm y tế, toàn tỉnh có 772.640 người tham gia, tỷ lệ bao phủ đạt 96,8% dân số.';
    expect(figureAt(text, '96,8%').indicator).toBe('health_insurance_coverage');
  });
});
