// "… có 48/63 địa phương thu nội địa đạt và vượt dự toán …. Thanh Hóa có mức vượt cao nhất với 32,4%; Quảng Ngãi vượt
// 18,7%": in a league table of places measured against their plan, a bare "vượt X%" says by how much that place passed
// the same plan: a rise against the plan, exceeded.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const lead = 'Có 41/63 địa phương thu nội địa đạt và vượt dự toán được giao. ';

describe('a bare "vượt X%" after places measured against their plan', () => {
  it('is a rise against the plan, exceeded', () => {
    const text = `${lead}Nghệ An có mức vượt cao nhất với 27,5%; Hà Tĩnh vượt 12,1%.`;
    expect(figureAt(text, '27,5%')).toMatchObject({ kind: 'change', direction: 'up', base: 'target', status: 'exceeded' });
    expect(figureAt(text, '12,1%')).toMatchObject({ kind: 'change', base: 'target', status: 'exceeded' });
  });

  it('not where a rate is spoken of', () => {
    const text = `${lead}Tốc độ tăng trưởng của Nghệ An vượt 8,1%.`;
    expect(figureAt(text, '8,1%').base).toBeUndefined();
  });

  it('not without a plan named before', () => {
    expect(figureAt('Sản lượng lúa của Nghệ An vượt 12,1%.', '12,1%').base).toBeUndefined();
  });
});
