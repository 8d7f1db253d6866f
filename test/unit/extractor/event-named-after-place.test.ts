// "chuẩn bị Festival Hoa Đà Lạt", "Lễ hội Sen Tháp Mười": an event named after its place is no place the figures after
// it belong to; a commune named with its type word after "tại" is still where the event's figure belongs.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

describe('a festival named after a place', () => {
  it('does not give that place to the figures after it', () => {
    const text = `Phường Lâm Viên - Đà Lạt đón 1,2 triệu lượt khách

5 tháng đầu năm 2026, phường Lâm Viên - Đà Lạt đón 1,2 triệu lượt khách. Trong tháng 6, phường chuẩn bị Festival Hoa Đà Lạt; phấn đấu thu ngân sách 6 tháng đạt trên 60% dự toán.`;
    expect(figureAt(text, '60%', { published: '2026-06-03' }).locality).toBe('phường Lâm Viên - Đà Lạt');
  });

  it('a commune named after "tại" still owns its figure', () => {
    const text = `Tỉnh Đồng Tháp

Lễ hội năm nay diễn ra tại xã Tháp Mười, thu hút 85.000 lượt khách.`;
    expect(figureAt(text, '85.000', { published: '2026-06-03' }).locality).toBe('xã Tháp Mười');
  });
});
