// Money per producer ("4,8 tỷ đồng/hợp tác xã/năm", "1,2 tỷ đồng/doanh nghiệp") keeps its denominator in the unit;
// money per head keeps its own.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

describe('money per producer', () => {
  it('revenue per cooperative per year', () => {
    const f = figureAt('Năm 2023, doanh thu bình quân đạt 4,8 tỷ đồng/hợp tác xã/năm.', '4,8');
    expect([f.value, f.unit]).toEqual([4.8e9, 'VND/hợp tác xã/năm']);
  });

  it('capital per enterprise', () => {
    expect(figureAt('Vốn đăng ký bình quân 1,2 tỷ đồng/doanh nghiệp.', '1,2').unit).toBe('VND/doanh nghiệp');
  });

  it('income per head is unchanged', () => {
    expect(figureAt('Năm 2024, thu nhập bình quân đầu người đạt 62,5 triệu đồng/người/năm.', '62,5').unit).toBe('VND/người/năm');
  });
});
