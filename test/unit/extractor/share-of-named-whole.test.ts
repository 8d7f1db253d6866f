// A share whose whole is named right after it ("chiếm 23,7% tổng vốn FDI của toàn tỉnh") is a share of that measure,
// even after an amount no measure was named for. A measure named further on in the sentence is not its whole.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

describe('a share of a whole named right after it', () => {
  it('takes the measure of the whole', () => {
    const text = 'Riêng các khu công nghiệp phía bắc thu hút 148,2 triệu USD, chiếm 23,7% tổng vốn FDI của toàn tỉnh.';
    expect(figureAt(text, '23,7%', { published: '2026-04-08' }).indicator).toBe('fdi');
  });

  it('a measure named further on is not the whole', () => {
    const text = 'Các dự án công nghệ cao chiếm 23,7% số dự án cấp mới, trong khi vốn FDI đăng ký tăng mạnh.';
    expect(figureAt(text, '23,7%', { published: '2026-04-08' }).indicator).not.toBe('fdi');
  });
});
