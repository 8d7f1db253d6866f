// "Hậu Giang: Huyện Phụng Hiệp giải ngân vốn đầu tư công đạt 72,4%": the province before the colon labels the news;
// the district right after it is the article's place, which paragraphs naming no place return to. Found by probing
// after holdout12.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2024-10-20' };
const body = '\n\n20-10-2024\n\nĐến nay, huyện Phụng Hiệp đã giải ngân 186,5 tỷ đồng vốn đầu tư công, đạt 72,4% kế hoạch năm.\n\nTheo Phó Chủ tịch UBND huyện, vốn được giao năm nay là 257,6 tỷ đồng, tăng 18,2% so với năm 2023.';

describe('a province label before the headline\'s district', () => {
  it('the district is the article\'s place', () => {
    expect(figureAt(`Hậu Giang: Huyện Phụng Hiệp giải ngân vốn đầu tư công đạt 72,4%${body}`, '257,6', opts).locality).toBe('huyện Phụng Hiệp');
  });
  it('a headline about the province keeps the province', () => {
    expect(figureAt(`Hậu Giang đẩy nhanh giải ngân vốn đầu tư công${body}`, '257,6', opts).locality).toBe('tỉnh Hậu Giang');
  });
});
