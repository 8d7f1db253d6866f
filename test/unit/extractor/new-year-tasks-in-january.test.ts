// A meeting in January that reviews the year just ended and sets out the new one's tasks ("tổng kết công tác năm 2025,
// triển khai nhiệm vụ năm 2026", published on 10 January 2026) reports on 2025: a later paragraph that names no year
// ("Trong năm, phường triển khai 29 công trình …") is 2025's, not the new year's whose tasks are all still ahead.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const head = 'Phường Tân Minh triển khai nhiệm vụ năm 2026\n\nChiều 9/1, phường Tân Minh tổ chức hội nghị tổng kết công tác năm 2025, triển khai nhiệm vụ năm 2026.\n\n' +
  'Kinh tế tăng trưởng ổn định. Năm 2025, tổng thu ngân sách nhà nước trên địa bàn ước đạt 212 tỷ đồng.\n\n';

describe('the new year\'s tasks set out in January', () => {
  it('do not date the paragraphs that report on the year just ended', () => {
    const text = `${head}Trong năm, phường triển khai 17 công trình với tổng mức đầu tư hơn 96 tỷ đồng.`;
    expect(figureAt(text, '17 công trình', { published: '2026-01-10' }).period).toBe('2025');
  });

  it('a target for the new year is still the new year\'s', () => {
    const text = `${head}Năm 2026, phường phấn đấu thu ngân sách đạt 240 tỷ đồng.`;
    expect(figureAt(text, '240 tỷ đồng', { published: '2026-01-10' })).toMatchObject({ period: '2026', modality: 'target' });
  });

  it('later in the year the year named is the one reported on', () => {
    const text = 'Phường Tân Minh triển khai nhiệm vụ năm 2026\n\nTrong năm, phường khởi công 9 công trình.';
    expect(figureAt(text, '9 công trình', { published: '2026-07-10' }).period).toBe('2026');
  });
});
