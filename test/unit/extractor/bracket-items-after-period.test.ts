// "giảm so với cùng kỳ năm 2024 (36.276 ca mắc và 6 ca tử vong)": every item of a bracket that follows a period is
// that period's figure, not only the first.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2025-07-15' };

describe('the items of a bracket after a period', () => {
  it('the second item is the period\'s too', () => {
    const text = 'Từ đầu năm, tỉnh ghi nhận 1.120 ca mắc tay chân miệng, thấp hơn cùng kỳ năm 2024 (1.845 ca mắc, 2 ca tử vong).';
    expect(figureAt(text, '1.845', opts).period).toBe('2024');
    expect(figureAt(text, '2 ca', opts).period).toBe('2024');
    expect(figureAt(text, '1.120', opts).period).toBe('2025');
  });

  it('a figure after the bracket is closed is not', () => {
    const text = 'Số ca mắc thấp hơn cùng kỳ năm 2024 (1.845 ca), trong đó có 3 ca tử vong.';
    expect(figureAt(text, '3 ca', opts).period).toBe('2025');
  });
});
