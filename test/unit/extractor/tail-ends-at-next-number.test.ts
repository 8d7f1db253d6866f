// "Trong quý, xã có 38 doanh nghiệp thành lập mới và 215 hộ kinh doanh đăng ký mới": the words after a figure that can
// say it measures something else end where the next number starts: the household businesses counted next are their own
// figure and take nothing from the enterprises before them. Words of the figure's own noun phrase still count.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2025-10-10' };

describe('the noun phrase after a figure ends at the next number', () => {
  it('new enterprises followed by household businesses stay new enterprises', () => {
    const text = 'Trong 9 tháng, thị xã có 126 doanh nghiệp thành lập mới và 840 hộ kinh doanh được cấp giấy chứng nhận.';
    expect(figureAt(text, '126 doanh nghiệp', opts).indicator).toBe('new_enterprises');
    expect(figureAt(text, '840 hộ kinh doanh', opts).indicator).toBeUndefined();
  });

  it('enterprises said to have paused in their own words are still no new ones', () => {
    const text = 'Trong 9 tháng, thị xã có 126 doanh nghiệp thành lập mới; 41 doanh nghiệp tạm ngừng hoạt động.';
    expect(figureAt(text, '41 doanh nghiệp', opts).indicator).toBeUndefined();
  });
});
