// A count that totals what stands ("nâng tổng số doanh nghiệp đang hoạt động trên địa bàn lên 2.918 doanh nghiệp",
// "nâng tổng số lao động làm việc trong KCN lên gần 200.000 người") is not the new enterprises or jobs of the year, and
// household businesses are no enterprises. Seen in 4 unscored figures (holdout2, holdout4, holdout6, holdout9).
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

describe('stocks are not the new enterprises or jobs', () => {
  it('totals raised to a level take no flow indicator', () => {
    const firms = 'Trong năm có 236 doanh nghiệp thành lập mới, nâng tổng số doanh nghiệp đang hoạt động trên địa bàn lên 2.918 doanh nghiệp.';
    expect(figureAt(firms, '2.918 doanh nghiệp').indicator).toBeUndefined();
    expect(figureAt(firms, '236 doanh nghiệp').indicator).toBe('new_enterprises');
    const jobs = 'Các khu công nghiệp giải quyết việc làm mới cho khoảng 12.500 lao động, nâng tổng số lao động làm việc trong KCN lên gần 200.000 người.';
    expect(figureAt(jobs, '200.000 người').indicator).toBeUndefined();
    expect(figureAt(jobs, '12.500 lao động').indicator).toBe('new_jobs');
  });
  it('household businesses are no enterprises', () => {
    const text = 'Toàn huyện có 52 doanh nghiệp thành lập mới.\n\nThị trấn Liên Nghĩa có 143 hộ kinh doanh đăng ký mới, gấp đôi cùng kỳ.';
    expect(figureAt(text, 'gấp đôi').indicator).toBeUndefined();
  });
  it('enterprises that paused, closed or came back are no new ones', () => {
    const text = 'Trong tháng 5, toàn tỉnh có 82 doanh nghiệp thành lập mới; có 25 doanh nghiệp đăng ký tạm ngừng hoạt động; 16 doanh nghiệp giải thể; có 12 doanh nghiệp hoạt động trở lại.';
    expect(figureAt(text, '82 doanh nghiệp').indicator).toBe('new_enterprises');
    expect(figureAt(text, '25 doanh nghiệp').indicator).toBeUndefined();
    expect(figureAt(text, '16 doanh nghiệp').indicator).toBeUndefined();
    expect(figureAt(text, '12 doanh nghiệp').indicator).toBeUndefined();
  });
});
