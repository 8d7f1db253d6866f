// "So với kế hoạch Thủ tướng Chính phủ giao (8.412,5 tỷ đồng), tỷ lệ giải ngân đạt 24,5%": a plan put first, with its
// amount in brackets, is still what the rate after it is measured against.
import { describe, it } from 'vitest';
import { expectFigure } from './helpers.ts';

const opts = { published: '2025-05-08' };

describe('a fronted plan with its amount in brackets', () => {
  it('makes the rate after it an attainment of the plan', () => {
    const text = 'So với kế hoạch vốn tỉnh giao (3.150 tỷ đồng), tỷ lệ giải ngân đạt 31,2%.';
    expectFigure(text, '31,2%', { kind: 'attainment', base: 'target' }, opts);
  });
  it('but a bracketed amount after another opening is no plan', () => {
    const text = 'So với đầu năm (2.900 tỷ đồng), dư nợ tín dụng đạt 3.150 tỷ đồng.';
    expectFigure(text, '3.150 tỷ đồng', { kind: 'level', base: undefined }, opts);
  });
});
