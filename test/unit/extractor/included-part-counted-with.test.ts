// After the 2025 mergers a province reports its whole counted with a former province it absorbed, and says so in a
// bracket ("(tính chung cả khu vực Hà Giang cũ)", "(tính gộp cả tỉnh Hà Nam cũ)"). The figure is the whole's: the
// former province there is only included, as after "bao gồm" or "kể cả". A former province that is the subject of
// its own clause still owns it.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2026-01-15', locality: 'tỉnh Tuyên Quang' };

describe('a former unit counted with the whole leaves the figure the whole\'s', () => {
  it('"(tính chung cả khu vực Hà Giang cũ) ước đạt 8,4%" is the province\'s growth', () => {
    const text = 'Năm 2025, tốc độ tăng trưởng GRDP của tỉnh (tính chung cả khu vực Hà Giang cũ) ước đạt 8,4%; thu ngân sách đạt 6.900 tỷ đồng.';
    expect(figureAt(text, '8,4%', opts).locality).toBe('tỉnh Tuyên Quang');
    expect(figureAt(text, '6.900 tỷ', opts).locality).toBe('tỉnh Tuyên Quang');
  });
  it('"(tính gộp cả tỉnh Hà Giang cũ)" likewise', () => {
    const text = 'Kim ngạch xuất khẩu (tính gộp cả tỉnh Hà Giang cũ) đạt 410 triệu USD.';
    expect(figureAt(text, '410 triệu USD', opts).locality).toBe('tỉnh Tuyên Quang');
  });
  it('the former province as the subject of its clause still owns its figure', () => {
    const text = 'Năm 2025, khu vực Hà Giang cũ đón 3,2 triệu lượt khách, tăng 11%.';
    expect(figureAt(text, '3,2 triệu', opts).locality).toBe('tỉnh Hà Giang');
  });
});
