// "tăng trưởng kinh tế ước đạt 7,95% (KH: 8%)": the bracket opening on a plan's name and a colon holds the plan's value, a
// target, as "(KH 8%)" does; the estimate before it stays an estimate, and a bracket naming a place is no plan.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

describe('a plan value after "(KH: "', () => {
  it('is a target, the estimate before it an estimate', () => {
    const text = `Tỉnh An Giang

Năm 2025, tăng trưởng kinh tế ước đạt 7,95% (KH: 8%). Tỷ lệ đô thị hóa đạt 32% (NQ: 35%).`;
    expect(figureAt(text, '8%').modality).toBe('target');
    expect(figureAt(text, '7,95%').modality).toBe('estimate');
    expect(figureAt(text, '35%').modality).toBe('target');
  });

  it('a bracket naming a former area after a colon is no plan', () => {
    const text = `Tỉnh An Giang

Năm 2025, thu ngân sách ước đạt 31.500 tỷ đồng (trong đó: khu vực Kiên Giang cũ 15.200 tỷ đồng).`;
    expect(figureAt(text, '15.200 tỷ đồng').modality).not.toBe('target');
  });
});
