// "Xã Vĩnh Hậu A có 7 ấp với 2.986 hộ", "cộng tác viên ở 8 ấp của xã.": the hamlets a place is made of are a constant
// of geography, not a result; hamlets that reached a standard are still counted.
import { describe, expect, it } from 'vitest';
import { expectNoFigureAt, figureAt } from './helpers.ts';

describe('the parts a place is made of', () => {
  it('"có 7 ấp với 2.986 hộ" is the commune\'s make-up', () => {
    expectNoFigureAt('Xã Vĩnh Hậu A có 7 ấp với 2.986 hộ, 11.420 nhân khẩu.', '7 ấp');
  });

  it('"ở 8 ấp của xã." is the commune\'s make-up', () => {
    expectNoFigureAt('Ông đề nghị tăng phụ cấp cho cộng tác viên dân số ở 8 ấp của xã.', '8 ấp');
  });

  it('hamlets that reached a standard are a figure', () => {
    expect(figureAt('Năm 2024, huyện có thêm 12 ấp đạt chuẩn nông thôn mới kiểu mẫu.', '12 ấp').value).toBe(12);
    expect(figureAt('Đến nay, 5 ấp của xã đạt chuẩn khu dân cư kiểu mẫu.', '5 ấp').value).toBe(5);
  });
});
