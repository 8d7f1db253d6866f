// In a list under a colon heading that names no unit, "Tổng lượt khách: 686.000 (+21%)" counts what its label opens
// with; a page's counter line ("Lượt xem: 2.318") under no such heading stays furniture.
import { describe, expect, it } from 'vitest';
import { figureAt, figuresIn } from './helpers.ts';

describe('a list item whose label names what its bare number counts', () => {
  it('visitors and international visitors under a holiday heading are counts of them', () => {
    const text = 'Kết quả phục vụ khách dịp Tết (so với Tết năm trước):\nTổng lượt khách: 686.000 (+21%)\nKhách quốc tế: 52.400 (+48%)';
    const total = figureAt(text, '686.000');
    expect([total.kind, total.unit, total.value]).toEqual(['level', 'lượt khách', 686000]);
    expect(figureAt(text, '52.400').unit).toBe('khách');
  });

  it('a counter line after a date line is no figure', () => {
    const text = 'Đăng ngày: 12/2/2024\nLượt xem: 2.318';
    expect(figuresIn(text)).toHaveLength(0);
  });

  it('a label that names no counted noun gives no unit', () => {
    const text = 'Một số kết quả:\nHàn Quốc: 682.000\nNhật Bản: 214.000';
    expect(figuresIn(text).filter((f) => f.unit === 'hàn quốc' || f.unit === 'nhật bản')).toHaveLength(0);
  });
});
