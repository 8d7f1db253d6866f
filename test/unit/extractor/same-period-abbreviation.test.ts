// Report lists abbreviate the yardsticks: "bằng 38,6% KH, tăng 13,9% CK" (kế hoạch, cùng kỳ), "tăng 5% SCK" (so cùng
// kỳ). "KH" was already read as the plan; "CK"/"SCK" right after a change is the same period. Found by holdout33.
import { describe, it } from 'vitest';
import { expectFigure } from './helpers.ts';

const opts = { published: '2023-06-05', locality: 'tỉnh Thanh Hóa' };

describe('"CK" and "SCK" after a change', () => {
  it('"tăng 13,9% CK" and "giảm 6,8% SCK" are measured against the same period', () => {
    const text = '- Giá trị sản xuất công nghiệp: 78.540 tỷ đồng, bằng 38,6% KH, tăng 13,9% CK;\n- Kim ngạch xuất khẩu: 1.620 triệu USD, giảm 6,8% SCK.';
    expectFigure(text, '13,9%', { kind: 'change', direction: 'up', base: 'same_period' }, opts);
    expectFigure(text, '6,8%', { kind: 'change', direction: 'down', base: 'same_period' }, opts);
    expectFigure(text, '38,6%', { kind: 'attainment', base: 'target' }, opts);
  });

  it('letters that only begin with "ck" name something else and give no base', () => {
    expectFigure('Quỹ nâng tỷ trọng, tăng 3% CKNY trong danh mục.', '3%', { kind: 'change', direction: 'up', base: undefined }, opts);
  });
});
