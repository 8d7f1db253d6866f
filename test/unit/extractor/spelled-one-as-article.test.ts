// "Một xã ở Hà Nội thu ngân sách đạt hơn 600% dự toán": "một" is as often the article "a" as the number one. It counts a
// commune or a target only with the result right after its noun ("một xã đạt chuẩn", "một chỉ tiêu không đạt").
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extractor/index.ts';

const texts = (body: string) =>
  extract(`Tin địa phương\n\n${body}`, { published: '2025-12-09' }).figures.map((f) => f.text);

describe('"một" before a counted noun', () => {
  it('is no count when the result after it is another measure\'s', () => {
    expect(texts('Một xã ở Hà Nội thu ngân sách đạt hơn 600% dự toán.')).toEqual(['600%']);
    expect(texts('Năm 2025, một phường ven biển có tổng thu ngân sách vượt 20% dự toán.')).toEqual(['20%']);
  });

  it('still counts a commune or a target with its result right after', () => {
    expect(texts('Huyện hiện có 4/13 xã đạt chuẩn nông thôn mới nâng cao và một xã đạt chuẩn nông thôn mới kiểu mẫu.'))
      .toEqual(['4/13 xã', 'một xã']);
    expect(texts('Năm 2025, huyện có 20/21 chỉ tiêu đạt và vượt, một chỉ tiêu không đạt.')).toEqual(['20/21 chỉ tiêu', 'một chỉ tiêu']);
    expect(texts('Năm 2025, huyện có thêm một xã nữa được công nhận đạt chuẩn nông thôn mới.')).toEqual(['một xã']);
  });
});
