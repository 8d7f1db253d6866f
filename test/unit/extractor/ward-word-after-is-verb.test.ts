// "Lãnh đạo phường trực tiếp xuống địa bàn": on a page that writes names with capitals, a lower-case word after
// "phường" or "thị trấn" is what the unit does, never a ward "Trực", even when place names use the syllable.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const OPTS = { published: '2026-01-08' };

describe('a lower-case word after "phường" is no ward name', () => {
  it('"phường trực tiếp" names no ward', () => {
    const text = 'Phường Bàn Cờ tổng kết năm 2025\n\nNăm 2025, phường Bàn Cờ thu ngân sách 1.332,5 tỷ đồng. Lãnh đạo phường trực tiếp xuống địa bàn, hỗ trợ hơn 4.600 hộ kinh doanh.';
    expect(figureAt(text, '4.600', OPTS).locality).toBe('phường Bàn Cờ');
  });

  it('"thị trấn trực tiếp" neither', () => {
    const text = 'Thị trấn Phú Hòa\n\nThị trấn Phú Hòa có 1.200 hộ kinh doanh. Lãnh đạo thị trấn trực tiếp hỗ trợ 340 hộ.';
    expect(figureAt(text, '340 hộ', OPTS).locality).toBe('thị trấn Phú Hòa');
  });

  it('a capitalised ward is still read', () => {
    const text = 'Tin phường\n\nPhường Tân Định thu ngân sách đạt 321 tỷ đồng.';
    expect(figureAt(text, '321 tỷ', OPTS).locality).toBe('phường Tân Định');
  });
});
