// "phấn đấu hoàn thành 100% kế hoạch thu ngân sách" after a paragraph on road accidents: the plan named right after the
// share says what it measures; a bare "đạt 97% kế hoạch" still takes what its sentence spoke of.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

describe('a share of a plan named by what it plans', () => {
  it('measures what the plan plans, not what the paragraph before spoke of', () => {
    const text = `Huyện Thoại Sơn

Tai nạn giao thông xảy ra 9 vụ, làm chết 7 người.

Năm 2024, huyện phấn đấu hoàn thành 100% kế hoạch thu ngân sách, nuôi trồng thủy sản đạt 52,6% kế hoạch sản lượng thủy sản.`;
    expect(figureAt(text, '100%').indicator).toBe('budget_revenue');
    expect(figureAt(text, '52,6%').indicator).toBe('aquaculture_output');
  });

  it("a bare plan keeps its sentence's measure", () => {
    const text = 'Huyện Thoại Sơn\n\nNăm 2024, huyện xuống giống vụ Hè Thu được 46.500 ha, đạt 97% kế hoạch năm.';
    expect(figureAt(text, '97%').indicator).toBe('crop_area');
  });
});
