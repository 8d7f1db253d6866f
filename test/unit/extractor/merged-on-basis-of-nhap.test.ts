// "Xã Mỹ Hòa được thành lập trên cơ sở nhập xã A, xã B và xã C": the communes after "trên cơ sở nhập" are named for the
// merger only, as after "sáp nhập"; "xã phấn đấu" later speaks of the new commune. "thu nhập" is no merger word.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

describe('units after "trên cơ sở nhập"', () => {
  it('are named for the merger, not as the commune spoken of later', () => {
    const text = `Xã Mỹ Hòa: 6 tháng đầu năm 2026 thu ngân sách đạt 55% dự toán

Xã Mỹ Hòa được thành lập trên cơ sở nhập thị trấn Mỹ Hòa, xã Mỹ Thạnh và xã Mỹ Lợi của huyện cũ.

Năm 2026, xã phấn đấu tổng giá trị sản xuất đạt 3.200 tỷ đồng trở lên.`;
    expect(figureAt(text, '3.200 tỷ đồng', { published: '2026-07-10' }).locality).toBe('xã Mỹ Hòa');
  });

  it('"thu nhập" before a commune is no merger', () => {
    const text = `Nông dân miền Tây

Ở xã Mỹ Lợi, thu nhập của hộ trồng sầu riêng năm 2025 đạt 450 triệu đồng/ha.`;
    expect(figureAt(text, '450 triệu đồng/ha', { published: '2026-02-10' }).locality).toBe('xã Mỹ Lợi');
  });
});
