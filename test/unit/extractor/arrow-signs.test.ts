// Infographic text marks a rise or a fall with an arrow before the number ("▲ 18,6%", "▼ 3,2%"): each is a change in
// the arrow's direction, as a "+" or "-" sign is; a triangle used as a bullet before a label is no sign.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

describe('arrows before a percentage', () => {
  it('an upward triangle after the revenue is a rise, a downward one after arrivals a fall', () => {
    const text = 'THU NGÂN SÁCH NHÀ NƯỚC\n34.560 tỷ đồng\n▲ 18,6% | Đạt 57,2% dự toán\n\nKHÁCH DU LỊCH\n2,4 triệu lượt ▼ 3,2%';
    const up = figureAt(text, '18,6%');
    expect([up.kind, up.direction]).toEqual(['change', 'up']);
    const down = figureAt(text, '3,2%');
    expect([down.kind, down.direction]).toEqual(['change', 'down']);
  });

  it('an arrow glued to the number reads the same', () => {
    const text = 'Kim ngạch xuất khẩu đạt 13,42 tỷ USD (↑14,1%).';
    expect(figureAt(text, '14,1%').direction).toBe('up');
  });

  it('a triangle that marks a line, with words between it and the number, leaves the level alone', () => {
    const text = '▲ Tỷ lệ hộ nghèo toàn tỉnh còn 0,21%.';
    const f = figureAt(text, '0,21%');
    expect(f.kind).toBe('level');
    expect(f.direction).not.toBe('up');
  });
});
