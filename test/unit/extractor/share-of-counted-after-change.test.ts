// "phấn đấu doanh thu thương mại điện tử tăng 25 - 30%, 50% hộ kinh doanh trên địa bàn ứng dụng bán hàng đa kênh": a
// percentage after a comma that goes straight on to the households, firms or people it is a share of opens an aim of its
// own, a level; it does not share the rise before it. A bare list of rises ("tăng lần lượt 3,1%, 9,8% và 7,5%") still
// shares its verb.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2024-12-25' };

describe('a share of a counted whole after a change', () => {
  it('"tăng 25 - 30%, 50% hộ kinh doanh …" is a level', () => {
    const text = 'Năm 2025, tỉnh phấn đấu doanh thu thương mại điện tử tăng 25 - 30%, 50% hộ kinh doanh trên địa bàn ứng dụng bán hàng đa kênh.';
    const f = figureAt(text, '50%', opts);
    expect(f.kind).toBe('level');
    expect(f.direction).toBeUndefined();
    expect(figureAt(text, '25 - 30%', opts).kind).toBe('change');
  });

  it('"…, 80% số doanh nghiệp …" too', () => {
    const text = 'Năm 2025, phấn đấu kim ngạch xuất khẩu tăng 12%, 80% số doanh nghiệp có website bán hàng.';
    expect(figureAt(text, '80%', opts).kind).toBe('level');
  });

  it('a bare list of rises shares its verb', () => {
    const text = 'Các nhóm hàng tăng lần lượt 3,1%, 9,8% và 7,5% so với cùng kỳ.';
    const f = figureAt(text, '9,8%', opts);
    expect([f.kind, f.direction]).toEqual(['change', 'up']);
  });
});
