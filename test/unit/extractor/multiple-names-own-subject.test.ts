// "…; chỉ số sản xuất công nghiệp tăng 12,91%. Thu hút đầu tư trong và ngoài nước tiếp tục được đẩy mạnh, tăng gấp 2
// lần so với cùng kỳ": a multiple whose own words name what grew (a measure the lexicon has no id for) is not the
// index the sentence before spoke of.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

describe('a multiple that names its own subject', () => {
  it('investment drawn in does not take the industrial index before it', () => {
    const text = 'Chỉ số sản xuất công nghiệp tăng 12,91%. Thu hút đầu tư trong và ngoài nước tiếp tục được đẩy mạnh, tăng gấp 2 lần ' +
      'so với cùng kỳ.';
    expect(figureAt(text, '2 lần').indicator).toBeUndefined();
  });

  it('a multiple of a rate named before it is that rate\'s own', () => {
    const text = 'Xuất khẩu tăng mạnh. Tỷ lệ lấp đầy các khu công nghiệp tăng gấp 1,5 lần so với cùng kỳ.';
    expect(figureAt(text, '1,5 lần').indicator).not.toBe('export_value');
  });

  it('a multiple the lexicon names keeps its indicator', () => {
    const text = 'Chỉ số sản xuất công nghiệp tăng 12,91%. Kim ngạch xuất khẩu tăng gấp 2 lần so với cùng kỳ.';
    expect(figureAt(text, '2 lần').indicator).toBe('export_value');
  });
});
