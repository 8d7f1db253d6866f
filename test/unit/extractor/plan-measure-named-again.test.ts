// "diện tích cấy đạt 14 nghìn ha, bằng 50% diện tích theo kế hoạch", "đạt 50% sản lượng kế hoạch": the measure named
// again between the share and the plan still makes the share an attainment of the plan.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2025-02-20' };

describe('a share of the plan with the measure named again', () => {
  it('"bằng 50% diện tích theo kế hoạch" is an attainment', () => {
    const f = figureAt('Diện tích cấy lúa xuân đạt khoảng 14 nghìn ha, bằng 50% diện tích theo kế hoạch.', '50%', opts);
    expect(f.kind).toBe('attainment');
    expect(f.base).toBe('target');
  });

  it('"đạt 62% sản lượng kế hoạch" too', () => {
    const f = figureAt('Sản lượng lúa đạt 214.000 tấn, đạt 62% sản lượng kế hoạch năm.', '62%', opts);
    expect(f.kind).toBe('attainment');
  });

  it('a share of an area that names no plan stays a share', () => {
    const f = figureAt('Diện tích lúa chất lượng cao đạt 14 nghìn ha, chiếm 50% diện tích gieo cấy.', '50%', opts);
    expect(f.kind).not.toBe('attainment');
  });
});
