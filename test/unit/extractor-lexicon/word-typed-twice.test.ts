// Real pages carry typing slips: "ước tổng mức mức bán lẻ hàng hóa trên thị trường đạt gần 93 tỷ đồng". A word typed
// twice inside an indicator's name is read once, so the figure keeps its indicator.
import { describe, expect, it } from 'vitest';
import { figureAt } from '../extractor/helpers.ts';

const OPTS = { published: '2024-03-26' };

describe('a word typed twice in an indicator name', () => {
  it('the retail sales keep their name', () => {
    const text = 'Giao ban quý I\n\nTrong quý I/2024, ước tổng mức mức bán lẻ hàng hóa trên địa bàn đạt gần 88 tỷ đồng, tăng 10% so với cùng kỳ.';
    expect(figureAt(text, '88 tỷ', OPTS).indicator).toBe('retail_sales');
    expect(figureAt(text, '10%', OPTS).indicator).toBe('retail_sales');
  });

  it('so does budget revenue', () => {
    const text = 'Giao ban quý I\n\nTrong quý I/2024, thu ngân ngân sách trên địa bàn đạt 41 tỷ đồng.';
    expect(figureAt(text, '41 tỷ', OPTS).indicator).toBe('budget_revenue');
  });
});
