// "toàn xã 9.850 ha": digits that go on after a thousands or decimal mark are an amount the commune holds, not a
// commune or ward numbered 9; "Phường 9" followed by a word is still a ward's number.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

describe('an amount right after "xã" or "phường"', () => {
  it('with a thousands mark is the amount, and the place stays the commune spoken of', () => {
    const text = 'Xã Cư Pơng vượt khó\n\nXã Cư Pơng có nhiều đổi thay. Diện tích hồ tiêu toàn xã 2.640 ha, năng suất bình quân 2,8 tấn/ha.';
    expect(figureAt(text, '2.640 ha').locality).toBe('xã Cư Pơng');
  });

  it('with a decimal mark is the amount too', () => {
    const text = 'Phường Tân An sau sáp nhập\n\nPhường Tân An có nhiều khởi sắc. Tổng chi toàn phường 8,5 tỷ đồng trong quý.';
    expect(figureAt(text, '8,5 tỷ đồng').locality).not.toBe('phường 8');
  });

  it('standing alone before a verb is still the ward\'s number', () => {
    const text = 'Thành phố Cà Mau\n\nNăm 2024, phường 9 có 860 hộ kinh doanh đăng ký mới.';
    expect(figureAt(text, '860').locality).toBe('phường 9');
  });
});
