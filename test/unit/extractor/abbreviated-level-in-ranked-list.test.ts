// "Các địa phương có tỷ lệ giải ngân thấp nhất là TP. Hồ Chí Minh, TX. Phú Mỹ và …, lần lượt đạt …": the full stop of
// an abbreviated level ends no sentence; the ranking still governs the shares after the names.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

describe('an abbreviated level inside a ranked list', () => {
  it('keeps the shares after it ranked', () => {
    const text = 'Các địa phương có tỷ lệ giải ngân thấp nhất là TP. Hồ Chí Minh, Bình Định và Quảng Nam, lần lượt đạt 61,2%, 64,5% và 66,9%.';
    expect(figureAt(text, '61,2%').kind).toBe('attainment');
  });

  it('still ends the ranking at a real full stop', () => {
    const text = 'Huyện A và huyện B có tỷ lệ giải ngân cao nhất. Tỷ lệ hộ nghèo toàn tỉnh còn 2,1%.';
    expect(figureAt(text, '2,1%').kind).toBe('level');
  });
});
