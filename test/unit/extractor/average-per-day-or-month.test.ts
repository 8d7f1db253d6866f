// An average per day or month written right before its number ("Thu ngân sách bình quân mỗi ngày trên 180 tỷ đồng",
// "bình quân mỗi tháng hơn 4.400 lao động") is a rate per day or month, and still measures its indicator. A verb between
// ("bình quân mỗi tháng có 20 nghìn doanh nghiệp") leaves the count as written. Found by holdout86/007 (Báo Bình Dương).
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2022-12-20' };

describe('average per day or month', () => {
  it('reads an average per day or month before the number as a rate', () => {
    const text = 'Tỉnh Bình Dương\n\nNăm 2022, thu ngân sách bình quân mỗi ngày khoảng 175 tỷ đồng. Toàn tỉnh giải quyết việc làm cho 51.200 lao động, bình quân mỗi tháng trên 4.200 lao động.\n';
    const day = figureAt(text, '175 tỷ đồng', opts);
    expect([day.unit, day.indicator]).toEqual(['VND/ngày', 'budget_revenue']);
    const month = figureAt(text, '4.200 lao động', opts);
    expect([month.unit, month.indicator]).toEqual(['lao động/tháng', 'jobs_created']);
  });
  it('leaves a count after a verb, and a share', () => {
    const text = 'Tỉnh Bình Dương\n\nNăm 2022, toàn tỉnh có 5.300 doanh nghiệp thành lập mới, bình quân mỗi tháng có 440 doanh nghiệp; bình quân mỗi tháng tăng 2,1%.\n';
    expect(figureAt(text, '440 doanh nghiệp', opts).unit).toBe('doanh nghiệp');
    expect(figureAt(text, '2,1%', opts).unit).toBe('%');
  });
});
