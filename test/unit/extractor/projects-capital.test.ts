// "hiện có hơn 900 dự án trong nước còn hiệu lực với tổng vốn đầu tư gần 240 nghìn tỷ đồng": the capital of projects just
// counted is theirs (what the count measures, or nothing named), never the investment of the whole society.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2023-06-05' };

describe('the capital of the projects counted', () => {
  it('takes the projects\' indicator', () => {
    const text = 'Lũy kế, tỉnh có 412 dự án đầu tư trong nước với tổng vốn đầu tư hơn 95.000 tỷ đồng.';
    expect(figureAt(text, '95.000', opts).indicator).toBe('domestic_investment');
  });

  it('projects of no named kind leave it unnamed', () => {
    const text = 'Hiện có 412 dự án còn hiệu lực với tổng vốn đầu tư hơn 95.000 tỷ đồng.';
    expect(figureAt(text, '95.000', opts).indicator).toBeUndefined();
  });

  it('the investment of the whole society is still named as such', () => {
    const text = 'Tổng vốn đầu tư toàn xã hội 5 tháng ước đạt 9.400 tỷ đồng.';
    expect(figureAt(text, '9.400', opts).indicator).toBe('social_investment');
  });
});
