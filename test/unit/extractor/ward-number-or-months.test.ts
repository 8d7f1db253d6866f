// "phường 6 tháng đầu năm" is the ward's first six months, not a ward numbered 6; "Phường 6" before a verb is one.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

describe('a number after "phường"', () => {
  it('followed by "tháng" counts months, not the ward', () => {
    const text = 'Phường Hải Châu sau một năm\n\nChi ngân sách phường 6 tháng đầu năm 2026 là 146,2 tỷ đồng, chủ yếu chi thường xuyên.';
    expect(figureAt(text, '146,2 tỷ đồng').locality).toBe('phường Hải Châu');
  });

  it('followed by a verb is the ward\'s number', () => {
    const text = 'Thành phố Cà Mau sau một năm\n\nNăm 2024, phường 6 có 1.200 hộ kinh doanh cá thể đăng ký mới.';
    expect(figureAt(text, '1.200').locality).toBe('phường 6');
  });
});
