// On a page that profiles one cooperative (it goes on about "the" cooperative, unnamed), the cooperative's own
// members, tonnes and revenue describe one producer and are no figures; counts over a place's cooperatives, and a
// cooperative named in passing in a report, keep their figures.
import { describe, expect, it } from 'vitest';
import { expectNoFigureAt, figureAt } from './helpers.ts';

const PROFILE = 'Hợp tác xã Xoài Mỹ Xương hiện có 98 thành viên. Năm 2023, hợp tác xã tiêu thụ 3.400 tấn xoài, doanh thu đạt 52 tỷ đồng. ' +
  'Hợp tác xã có 45 lao động thường xuyên. Toàn huyện có 36 hợp tác xã nông nghiệp, doanh thu bình quân đạt 4,8 tỷ đồng/hợp tác xã/năm.';

describe('one cooperative profiled', () => {
  it('the profiled cooperative\'s members, tonnes, revenue and workers are no figures', () => {
    for (const needle of ['98 thành viên', '3.400 tấn', '52 tỷ đồng', '45 lao động']) expectNoFigureAt(PROFILE, needle);
  });

  it('the district\'s count of cooperatives and their average revenue stay figures', () => {
    expect(figureAt(PROFILE, '36 hợp tác xã').value).toBe(36);
    expect(figureAt(PROFILE, '4,8 tỷ đồng').value).toBe(4.8e9);
  });

  it('a province\'s report on cooperatives of a kind keeps its figures', () => {
    const text = 'Năm 2023, kinh tế tập thể tiếp tục phát triển. Hợp tác xã nông nghiệp đã liên kết tiêu thụ 12.000 ha lúa. Hợp tác xã dịch vụ có doanh thu tăng 15%.';
    expect(figureAt(text, '12.000 ha').value).toBe(12000);
    expect(figureAt(text, '15%').value).toBe(15);
  });

  it('a cooperative named once in a crop report keeps its figure', () => {
    const text = 'Tại huyện Tháp Mười, vụ Hè Thu có 3.500 ha lúa sản xuất theo quy trình giảm chi phí. Hợp tác xã Mỹ Đông 2 liên kết tiêu thụ 1.200 ha với doanh nghiệp.';
    expect(figureAt(text, '1.200 ha').value).toBe(1200);
  });
});
