// "3 tháng cuối năm cần hoàn thành thêm khoảng 3.880 căn": what the last three months must add is the fourth quarter's
// own amount. Without "thêm" the same months still ask for the year's plan ("trong 3 tháng cuối năm phấn đấu thu ngân
// sách đạt 1.200 tỷ đồng" is the year's total).
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const OPTS = { published: '2024-10-08', locality: 'tỉnh Thái Bình' };

describe('what the last three months must add', () => {
  it('is the fourth quarter\'s', () => {
    const text = 'Năm 2024, tỉnh phấn đấu trồng 2.000 ha rừng; 3 tháng cuối năm cần trồng thêm 640 ha.';
    expect(figureAt(text, '640 ha', OPTS).period).toBe('2024-Q4');
  });

  it('not when the months bring the year to its plan', () => {
    const text = 'Trong 3 tháng cuối năm, tỉnh phấn đấu thu ngân sách đạt 1.200 tỷ đồng.';
    expect(figureAt(text, '1.200 tỷ đồng', OPTS).period).toBe('2024');
  });
});
