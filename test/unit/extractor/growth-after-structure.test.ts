// "Cơ cấu kinh tế chuyển dịch tích cực, tăng trưởng đạt 8,2%": growth named after the economy's structure, right before
// its rate, is the economy's growth; the structure words earlier in the sentence name the shares, not the rate.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

describe('growth named after the structure of the economy', () => {
  it('is the economy\'s growth', () => {
    expect(figureAt('Cơ cấu kinh tế tiếp tục chuyển dịch đúng hướng, tăng trưởng đạt 7,6%.', '7,6%').indicator).toBe('grdp_growth');
    expect(figureAt('Đây là các chỉ tiêu cơ cấu kinh tế để góp phần thực hiện mục tiêu tăng trưởng 9,5%.', '9,5%').indicator).toBe('grdp_growth');
  });

  it('a share after the structure is still a sector share', () => {
    expect(figureAt('Cơ cấu kinh tế chuyển dịch tích cực, khu vực dịch vụ chiếm 41,2%.', '41,2%').indicator).toBe('sector_share');
  });
});
