// The rebuilding after a disaster counted to a day ("Đến ngày 10/12, toàn tỉnh đã hỗ trợ làm mới, sửa chữa 860/1.020 nhà
// bị sập đổ, đạt 84,3%; bố trí tái định cư cho 215 hộ") stands at that day's month, as a land clearance does; money
// spent to such a day is still summed over the year.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

describe('rebuilding after a disaster at a cut-off day', () => {
  it('stands at the cut-off month', () => {
    const text = 'Năm 2024, bão lũ làm 3.450 ngôi nhà bị hư hỏng. Đến ngày 10/12, toàn tỉnh đã hỗ trợ làm mới, sửa chữa 860/1.020 nhà bị sập đổ, đạt 84,3%; bố trí tái định cư cho 215 hộ.';
    const opts = { published: '2024-12-18' };
    expect(figureAt(text, '860/1.020', opts).period).toBe('2024-M12');
    expect(figureAt(text, '84,3%', opts).period).toBe('2024-M12');
    expect(figureAt(text, '215', opts).period).toBe('2024-M12');
  });

  it('leaves a count of houses named with no cut-off to the year', () => {
    const text = 'Năm 2024, bão lũ làm 3.450 ngôi nhà bị hư hỏng; tỉnh đã hỗ trợ làm mới, sửa chữa 860 nhà bị sập đổ.';
    expect(figureAt(text, '860', { published: '2024-12-18' }).period).toBe('2024');
  });
});
