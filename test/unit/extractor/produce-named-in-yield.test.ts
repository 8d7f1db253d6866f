// "Năng suất bình quân ước đạt 2,8 tấn nhân/ha", "62 tạ thóc/ha": a yield whose weight names its produce is still a
// weight per hectare; the produce's output alone ("560.000 tấn nhân") stays in tonnes.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2023-12-05' };

describe('a yield that names its produce', () => {
  it('"2,8 tấn nhân/ha" is tấn/ha', () => {
    const text = 'Niên vụ 2023 - 2024, năng suất cà phê bình quân ước đạt 2,8 tấn nhân/ha.';
    expect(figureAt(text, '2,8', opts).unit).toBe('tấn/ha');
  });

  it('"62 tạ thóc/ha" is tạ/ha', () => {
    const text = 'Vụ Mùa năm 2023, năng suất lúa đạt 62 tạ thóc/ha.';
    expect(figureAt(text, '62', opts).unit).toBe('tạ/ha');
  });

  it('the output in "tấn nhân" stays in tonnes', () => {
    const text = 'Sản lượng cà phê niên vụ 2023 - 2024 ước đạt khoảng 560.000 tấn nhân.';
    const f = figureAt(text, '560.000', opts);
    expect(f.unit).toBe('tấn');
    expect(f.value).toBe(560000);
  });
});
