// "chi trả trợ cấp tháng 2/2024 cho 52.318 đối tượng, với số tiền hơn 19,6 tỷ đồng, trước ngày 5/2/2024": a deadline
// after a figure whose sentence named its month falls in that month; the figure is the month's payment. An aim with no
// month before it is still dated by its deadline.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2024-02-20' };

describe('a deadline inside the month a sentence named', () => {
  it('leaves the figure the month\'s', () => {
    const text = 'Huyện đã chi trả trợ cấp tháng 3/2024 cho 8.120 đối tượng bảo trợ xã hội, với số tiền hơn 3,4 tỷ đồng, trước ngày 10/3/2024.';
    expect(figureAt(text, '3,4 tỷ đồng', opts).period).toBe('2024-M03');
  });

  it('still dates an aim by its deadline', () => {
    const text = 'Huyện phấn đấu giải ngân đạt ít nhất 45% kế hoạch vốn trước ngày 30/6/2024.';
    expect(figureAt(text, '45%', opts).period).toBe('2024-H1');
  });
});
