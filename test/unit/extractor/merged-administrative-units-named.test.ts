// "Xã Ia Grai được thành lập trên cơ sở sáp nhập 3 đơn vị hành chính: thị trấn Ia Kha, xã Ia Bă và xã Ia Grăng": the
// administrative units merged are named, not counted; how many units a province has after the reorganisation is still read.
import { describe, expect, it } from 'vitest';
import { expectNoFigureAt, figureAt } from './helpers.ts';

describe('administrative units named as merged', () => {
  it('"sáp nhập 3 đơn vị hành chính" is no figure', () => {
    const text = 'Xã Ia Grai\n\nXã Ia Grai được thành lập trên cơ sở sáp nhập 3 đơn vị hành chính: thị trấn Ia Kha, xã Ia Bă và xã Ia Grăng. Năm 2025, thu ngân sách đạt 42,5 tỷ đồng.';
    expectNoFigureAt(text, '3 đơn vị hành chính');
    expect(figureAt(text, '42,5 tỷ đồng').value).toBe(42.5e9);
  });

  it('units a programme reached are counted', () => {
    const text = 'Tỉnh Gia Lai\n\nNăm 2025, có 12 đơn vị hành chính cấp xã hoàn thành phổ cập giáo dục.';
    expect(figureAt(text, '12 đơn vị').value).toBe(12);
  });
});
