// "Xã Ia Grai được thành lập trên cơ sở sáp nhập 3 đơn vị hành chính: thị trấn Ia Kha, xã Ia Bă và xã Ia Grăng": the
// communes listed after the count of units merged are named for the merger only, so "Năm 2026, xã phấn đấu …" later
// speaks of the new commune; a commune named for its own figures still owns them.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

describe('units listed after the count of those merged', () => {
  it('are named for the merger, not as the commune spoken of later', () => {
    const text = `Xã Ia Grai: Năm 2025 hoàn thành 15/17 chỉ tiêu

Xã Ia Grai được thành lập trên cơ sở sáp nhập 3 đơn vị hành chính: thị trấn Ia Kha, xã Ia Bă và xã Ia Grăng.

Năm 2026, xã phấn đấu tổng giá trị sản xuất tăng 9 - 10%.`;
    expect(figureAt(text, '9 - 10%', { published: '2025-12-22' }).locality).toBe('xã Ia Grai');
  });

  it('a commune named with its own figure owns it', () => {
    const text = `Huyện Ia Grai

Năm 2024, xã Ia Grăng có 3 thôn đạt chuẩn văn hóa, thu ngân sách đạt 4,2 tỷ đồng.`;
    expect(figureAt(text, '4,2 tỷ đồng', { published: '2024-12-22' }).locality).toBe('xã Ia Grăng');
  });
});
