// "Trong 4 ngày nghỉ lễ … Ngày Quốc tế Lao động (1/5), tỉnh ước đón 411.800 lượt khách": "lao động" in the holiday's
// name says nothing against the visitors; the same word that names what is counted ("… lao động đến giao dịch việc làm")
// still does.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

describe('the May Day holiday named before a tourism count', () => {
  it('leaves the visitors their indicator', () => {
    const text = 'Trong 4 ngày nghỉ lễ Ngày Quốc tế Lao động (1/5), tỉnh ước đón 411.800 lượt khách, tăng 14,6%.';
    expect(figureAt(text, '411.800', { published: '2026-05-04' }).indicator).toBe('tourist_arrivals');
  });

  it('still lets labour words name other counts', () => {
    const text = 'Du lịch phục hồi; sàn giao dịch việc làm đón 4.200 lượt lao động đến tìm việc.';
    expect(figureAt(text, '4.200').indicator).not.toBe('tourist_arrivals');
  });
});
