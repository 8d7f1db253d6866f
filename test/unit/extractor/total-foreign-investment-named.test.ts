// "chiếm 16,5% tổng vốn đầu tư nước ngoài" names the foreign investment in full with "tổng" before it, as "tổng vốn đầu
// tư trực tiếp nước ngoài" does: the dollars of the places ranked after it are FDI, not the whole economy's investment.
// "tổng vốn đầu tư" alone stays the investment of the whole economy.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

describe('"tổng vốn đầu tư nước ngoài"', () => {
  it('is foreign investment for the amounts ranked after it', () => {
    const text = 'Thu hút đầu tư 9 tháng\n\nĐồng Nai dẫn đầu vùng, chiếm 21% tổng vốn đầu tư nước ngoài của vùng. ' +
      'Bình Dương xếp thứ hai với 1,3 tỷ USD; Tây Ninh thứ ba với 860 triệu USD.';
    expect(figureAt(text, '1,3 tỷ USD').indicator).toBe('fdi');
    expect(figureAt(text, '860 triệu USD').indicator).toBe('fdi');
  });

  it('leaves "tổng vốn đầu tư" alone to the whole economy', () => {
    const text = 'Kinh tế 9 tháng\n\nTổng vốn đầu tư toàn xã hội trên địa bàn ước đạt 41.200 tỷ đồng, tăng 9,1%.';
    expect(figureAt(text, '41.200 tỷ đồng').indicator).toBe('social_investment');
  });
});
