// "toàn xã có 28/64 xóm đạt chuẩn khu dân cư kiểu mẫu": where hamlets are called "xóm" (Nghệ An, Hà Tĩnh, the northern
// midlands), a count of them is a figure as a count of "thôn" is; a hamlet named by its number ("xóm 5") is not.
import { describe, expect, it } from 'vitest';
import { expectNoFigureAt, figureAt } from './helpers.ts';

const opts = { published: '2025-08-14' };

describe('hamlets counted as xóm', () => {
  it('reads the count and the ratio of xóm', () => {
    const text = 'Xã Yên Thành\n\nĐến nay, toàn xã có 28/64 xóm đạt chuẩn khu dân cư kiểu mẫu. Năm 2025 có thêm 6 xóm được công nhận.\n';
    const ratio = figureAt(text, '28/64', opts);
    expect([ratio.kind, ratio.value, ratio.of, ratio.unit]).toEqual(['ratio', 28, 64, 'xóm']);
    expect(figureAt(text, '6 xóm', opts).unit).toBe('xóm');
  });

  it('leaves a hamlet named by its number unread', () => {
    const text = 'Xã Yên Thành\n\nNhân dân xóm 5 hiến 1.200 m2 đất làm đường giao thông.\n';
    expectNoFigureAt(text, 'xóm 5', opts);
    expect(figureAt(text, '1.200 m2', opts).unit).toBe('m2');
  });
});
