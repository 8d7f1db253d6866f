// "khu vực dịch vụ tăng 6,95%, đóng góp 51,79%": a sector's contribution to growth is a share of the growth, not the
// growth rate its clause began with (it took grdp_growth from the figure before). Seen in 3 unscored figures
// (holdout7); gold gives none.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

describe('a contribution is not the growth rate before it', () => {
  const text = 'GDP 9 tháng tăng 6,82%. Trong đó, khu vực công nghiệp và xây dựng tăng 8,19%, đóng góp 42,84%; khu vực dịch vụ tăng 6,95%, đóng góp 51,79%.';
  it('"đóng góp 42,84%" takes no indicator', () => {
    expect(figureAt(text, '42,84%').indicator).toBeUndefined();
    expect(figureAt(text, '51,79%').indicator).toBeUndefined();
  });
  it('the growth itself keeps grdp_growth', () => {
    expect(figureAt(text, '6,82%').indicator).toBe('grdp_growth');
  });
});
