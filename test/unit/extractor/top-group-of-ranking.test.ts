// The top few of a ranking ("Bảng tổng sắp huy chương của 3 đơn vị dẫn đầu", "5 tỉnh dẫn đầu cả nước về thu hút FDI")
// are its scope, as "tốp 5" and "nhóm 10 địa phương" are: no figure. A place that leads with a count after it keeps the
// count ("Phường An Khê dẫn đầu với 42 huy chương vàng"), and a count of places that did something stays a figure.
import { describe, expect, it } from 'vitest';
import { expectNoFigureAt, figureAt } from './helpers.ts';

describe('the top group of a ranking', () => {
  it('is no count', () => {
    const text = 'Năm 2025, Bắc Ninh nằm trong 5 tỉnh dẫn đầu cả nước về thu hút FDI. Bảng tổng sắp huy chương của 3 đơn vị dẫn đầu như sau.';
    const opts = { published: '2025-12-30' };
    expectNoFigureAt(text, '5 tỉnh', opts);
    expectNoFigureAt(text, '3 đơn vị', opts);
  });

  it('keeps the leader\'s count and places that reached a result', () => {
    const text = 'Năm 2025, phường An Khê dẫn đầu với 42 huy chương vàng; có 12 xã đạt chuẩn nông thôn mới.';
    const opts = { published: '2025-12-30' };
    expect(figureAt(text, '42', opts).unit).toBe('huy chương');
    expect(figureAt(text, '12 xã', opts).unit).toBe('xã');
  });
});
