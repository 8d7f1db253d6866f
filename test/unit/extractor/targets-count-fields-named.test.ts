// A count of targets named by the fields it covers ("14/15 chỉ tiêu kinh tế - xã hội, môi trường đạt, vượt kế hoạch",
// "chỉ tiêu về kinh tế, xã hội và môi trường đạt"): the verdict after the list of fields is the count's status.
import { describe, it } from 'vitest';
import { expectFigure } from './helpers.ts';

const opts = { published: '2024-12-05' };

describe('the verdict after the fields a count of targets covers', () => {
  it('reaches over "kinh tế - xã hội, môi trường"', () => {
    const text = 'Năm 2024, tỉnh có 17/19 chỉ tiêu kinh tế - xã hội, môi trường đạt và vượt kế hoạch.';
    expectFigure(text, '17/19 chỉ tiêu', { status: 'achieved' }, opts);
  });
  it('reaches over "về kinh tế, xã hội và môi trường"', () => {
    const text = 'Năm 2024, tỉnh có 11/19 chỉ tiêu về kinh tế, xã hội và môi trường chưa đạt kế hoạch.';
    expectFigure(text, '11/19 chỉ tiêu', { status: 'not_achieved' }, opts);
  });
  it('but not over another noun phrase with its own figure', () => {
    const text = 'Năm 2024, tỉnh giao 19 chỉ tiêu cho các sở, ngành, 12 chỉ tiêu đạt kế hoạch.';
    expectFigure(text, '19 chỉ tiêu', { status: undefined }, opts);
  });
});
