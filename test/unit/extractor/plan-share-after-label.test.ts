// Under a colon heading that measures its list against the plan ("(so với kế hoạch):"), an item whose only value is a
// share reached right after its label ("- Trồng rừng tập trung: đạt 109,5%;") is that share of the plan. Under a
// heading that names no plan, the same item stays a level.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const page = (bracket: string) =>
  `Lâm nghiệp năm 2024\n\nMột số chỉ tiêu chủ yếu của ngành năm 2024 ${bracket}:\n- Trồng rừng mới: đạt 112,4%;\n- Khai thác gỗ: bằng 98,6%;\n`;

describe('a share right after an item label in a list measured against the plan', () => {
  it('is an attainment of the plan', () => {
    const reached = figureAt(page('(so với kế hoạch)'), '112,4%');
    expect(reached.kind).toBe('attainment');
    expect(reached.base).toBe('target');
    expect(figureAt(page('(so với kế hoạch)'), '98,6%').kind).toBe('attainment');
  });

  it('stays a level under a heading that names no plan', () => {
    const reached = figureAt(page('(tỷ lệ)'), '112,4%');
    expect(reached.kind).toBe('level');
    expect(reached.base).toBeUndefined();
  });
});
