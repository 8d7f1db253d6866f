// "Giá trị sản xuất tăng bình quân 9%/năm trở lên": a per-year rate's "/năm" stands between the number and its bound.
// Pattern from holdout15 (congress and plan targets).
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

describe('a bound after "%/năm"', () => {
  it('"tăng bình quân 9%/năm trở lên" is at least 9%', () => {
    const f = figureAt('Mục tiêu nhiệm kỳ 2025 - 2030: giá trị sản xuất tăng bình quân 9%/năm trở lên.', '9%');
    expect(f.bound).toBe('at_least');
    expect(f.direction).toBe('up');
  });
  it('"đạt 10%/năm trở lên" is at least 10%', () => {
    expect(figureAt('Giai đoạn 2026 - 2030, tốc độ tăng trưởng GRDP bình quân đạt 10%/năm trở lên.', '10%').bound).toBe('at_least');
  });
  it('"/năm" followed by other words gives no bound', () => {
    expect(figureAt('Giá trị sản xuất tăng bình quân 9%/năm, trở lại mức trước dịch.', '9%').bound).toBeUndefined();
    expect(figureAt('Giá trị sản xuất tăng bình quân 9%/năm trong cả giai đoạn.', '9%').bound).toBeUndefined();
  });
});
