// "Tỷ số giới tính khi sinh là 113,8 bé trai/100 bé gái": the sex ratio at birth is a rate of boys per hundred girls,
// read as one figure (a level in "bé trai/trăm bé gái", normalised as "trên 1 vạn dân" is), not as a ratio of 113,8 to
// 100 nor as a bare number.
import { describe, expect, it } from 'vitest';
import { figureAt, figuresIn } from './helpers.ts';

describe('the sex ratio at birth', () => {
  it('is one level in boys per hundred girls, written with a slash or with "trên"', () => {
    const text = 'Năm 2023, tỷ số giới tính khi sinh của tỉnh Thái Bình là 114,6 bé trai/100 bé gái, huyện Vũ Thư có 118 bé trai trên 100 bé gái.';
    const f = figureAt(text, '114,6');
    expect([f.kind, f.value, f.unit, f.of]).toEqual(['level', 114.6, 'bé trai/trăm bé gái', undefined]);
    expect(f.text).toBe('114,6 bé trai/100 bé gái');
    expect(figureAt(text, '118').unit).toBe('bé trai/trăm bé gái');
  });

  it('a count of boys alone stays a count, and "100 bé gái" is no second figure', () => {
    const text = 'Năm 2023, toàn xã có 46 bé trai và 40 bé gái được sinh ra; tỷ số giới tính khi sinh là 115 bé trai/100 bé gái.';
    expect(figureAt(text, '46').unit).toBe('bé trai');
    expect(figuresIn(text).filter((f) => f.text.startsWith('100'))).toEqual([]);
  });
});
