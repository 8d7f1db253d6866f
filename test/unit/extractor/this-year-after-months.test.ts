// "6 tháng đầu năm nay" names the year of publication, even after a sentence part that named last year ("Sau khi hoàn
// thành … trong năm 2025, 6 tháng đầu năm nay, …"); a bare "6 tháng đầu năm" there still takes the year named before.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2026-07-09' };

describe('"năm nay" after the months', () => {
  it('dates the half by the year of publication', () => {
    const text = 'Sau khi vượt kế hoạch trong năm 2025, 6 tháng đầu năm nay, huyện tiếp tục đưa 140 lao động đi làm việc ở nước ngoài.';
    expect(figureAt(text, '140', opts).period).toBe('2026-H1');
    const nine = 'Sau khi vượt kế hoạch trong năm 2025, 9 tháng đầu năm nay, huyện đưa 210 lao động đi làm việc ở nước ngoài.';
    expect(figureAt(nine, '210', { published: '2026-10-09' }).period).toBe('2026-9M');
  });

  it('leaves a bare half to the year named before it', () => {
    const text = 'Năm 2025, huyện vượt kế hoạch; riêng 6 tháng đầu năm, huyện đưa 140 lao động đi làm việc ở nước ngoài.';
    expect(figureAt(text, '140', opts).period).toBe('2025-H1');
  });
});
