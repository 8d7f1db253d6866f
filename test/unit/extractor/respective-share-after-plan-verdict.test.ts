// Places given a verdict on a plan earlier in their sentence ("chưa đạt dự toán", "đều vượt kế hoạch"), then "lần lượt
// (chỉ) bằng/đạt X% và Y%": each share is of that plan, an attainment, as "lần lượt đạt … so với kế hoạch" reads.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

describe('shares listed after a verdict on a plan', () => {
  const text = 'Huyện Tam Nông và huyện Thanh Bình chưa đạt dự toán thu do tiền sử dụng đất giảm, lần lượt chỉ bằng 82,4% và 76,9%.';

  it('reads both shares as attainments of the plan', () => {
    for (const needle of ['82,4%', '76,9%']) {
      const f = figureAt(text, needle);
      expect([f.kind, f.base]).toEqual(['attainment', 'target']);
    }
  });

  it('leaves rates restated with "là" as levels', () => {
    const t = 'Hai huyện đạt kế hoạch về giảm nghèo, tỷ lệ hộ nghèo lần lượt là 2,4% và 3,1%.';
    expect(figureAt(t, '3,1%').kind).toBe('level');
  });

  it('does not take a verdict from the sentence before', () => {
    const t = 'Thu ngân sách đạt dự toán. Tỷ lệ che phủ rừng ở hai xã lần lượt đạt 41,2% và 38,5%.';
    expect(figureAt(t, '38,5%').kind).toBe('level');
  });
});
