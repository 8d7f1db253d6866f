// "Quý IV, ngành phấn đấu … thêm 9.500 lao động để cả năm đạt trên 46.000 lao động; đưa khoảng 3.000 người đi làm việc
// ở nước ngoài": the whole year a purpose names after what the fronted stretch must add dates that clause only; the
// clause after the semicolon is still the stretch's aim. Without "thêm" the year reaches on, as tested in
// whole-year-inside-list-item.test.ts.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2025-07-10' };

describe('a whole year named after what a stretch must add', () => {
  it('leaves the next clause to the fronted stretch', () => {
    const text = '6 tháng cuối năm, ngành phấn đấu tuyển sinh thêm 12.000 người để cả năm đạt 30.000 người; đưa 900 người đi làm việc ở nước ngoài.';
    expect(figureAt(text, '30.000', opts).period).toBe('2025');
    expect(figureAt(text, '900', opts).period).toBe('2025-H2');
  });

  it('keeps the year for the next clause when nothing is added', () => {
    const text = '6 tháng cuối năm, ngành phấn đấu tuyển sinh 12.000 người để cả năm vượt kế hoạch; đưa 900 người đi làm việc ở nước ngoài.';
    expect(figureAt(text, '900', opts).period).toBe('2025');
  });
});
