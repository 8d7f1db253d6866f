// A plan named with "so với" right before "lần lượt" measures each share of the list that follows: "Các xã Tân Phú,
// Phú Lộc so với kế hoạch giao lần lượt đạt 121% và 96%" gives two attainments of the plan, each the place's. A list
// measured against a whole that is no plan ("so với tổng số hộ") stays levels.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

describe('shares of a plan listed with "lần lượt"', () => {
  it('reads each share as an attainment of the plan named before the list', () => {
    const text = 'Năm 2024, huyện kết nạp 186 đảng viên. Các xã Tân Phú, Phú Lộc có tỷ lệ kết nạp đảng viên so với chỉ tiêu được giao lần lượt đạt 121,4% và 96,2%. Thu ngân sách của thị trấn Tân Phú so với dự toán lần lượt là 108,3%.';
    const opts = { published: '2024-12-26' };
    expect(figureAt(text, '121,4%', opts)).toMatchObject({ kind: 'attainment', base: 'target' });
    expect(figureAt(text, '96,2%', opts)).toMatchObject({ kind: 'attainment', base: 'target' });
  });

  it('leaves shares listed without a plan as levels', () => {
    const text = 'Năm 2024, số hộ gia đình văn hóa của các xã Tân Phú, Phú Lộc so với tổng số hộ lần lượt là 92,4% và 90,8%.';
    const opts = { published: '2024-12-26' };
    expect(figureAt(text, '92,4%', opts).kind).toBe('level');
    expect(figureAt(text, '90,8%', opts).base).toBeUndefined();
  });
});
