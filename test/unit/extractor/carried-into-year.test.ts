// The year money is carried into ("chi chuyển nguồn sang năm 2024 là 1.250 tỷ đồng" in a settlement of 2023, "vốn kéo
// dài sang năm 2025") is where it goes, not the time the figure covers; "Bước sang năm 2025, …" still opens a year.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

describe('a year money is carried into', () => {
  it('does not date the amount carried', () => {
    const text = 'Quyết toán chi ngân sách địa phương năm 2023 là 18.420 tỷ đồng, trong đó chi chuyển nguồn sang năm 2024 là 1.250 tỷ đồng.';
    expect(figureAt(text, '1.250 tỷ đồng', { published: '2024-12-10' }).period).toBe('2023');
  });

  it('leaves a year entered into as the period it opens', () => {
    const text = 'Bước sang năm 2025, tỉnh phấn đấu thu ngân sách đạt 21.000 tỷ đồng.';
    expect(figureAt(text, '21.000 tỷ đồng', { published: '2024-12-10' }).period).toBe('2025');
  });
});
