// "tốc độ tăng trưởng đàn vật nuôi bình quân 5%/năm": farm animals named as "vật nuôi" are the livestock herd; the
// loose "tốc độ tăng trưởng" before them is not the economy's growth.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

describe('the livestock herd named as "vật nuôi"', () => {
  const text = 'Nhiệm kỳ 2020-2025, tốc độ tăng trưởng kinh tế của xã bình quân 7%/năm; tốc độ tăng trưởng đàn vật nuôi bình quân 5%/năm; ' +
    'tổng đàn vật nuôi đạt 12.000 con.';

  it('the growth of the herd is the herd\'s, not the economy\'s', () => {
    expect(figureAt(text, '5%').indicator).toBe('livestock_herd');
    expect(figureAt(text, '12.000 con').indicator).toBe('livestock_herd');
  });

  it('the economy\'s growth named as such stays GRDP growth', () => {
    expect(figureAt(text, '7%').indicator).toBe('grdp_growth');
  });
});
