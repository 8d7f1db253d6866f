// "IIP quý I giảm 5,2%; riêng tháng 3/2025 tăng 9,1% …": a month singled out after a clause dates its own sentence only;
// the next sentence of the paragraph is the quarter's again. A month that opens its paragraph ("Riêng tháng 3, …")
// still dates the sentences after it.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2025-03-31' };
const head = 'Tình hình kinh tế - xã hội quý I năm 2025\n\n';

describe('"; riêng tháng N" in the middle of a sentence', () => {
  const text = `${head}Chỉ số sản xuất công nghiệp quý I giảm 5,2% so với cùng kỳ; riêng tháng 3/2025 tăng 9,1% so với tháng trước. Một số sản phẩm tăng khá như: xi măng tăng 7,4%, đường kính tăng 12,3%.`;

  it('dates its own figure to the month', () => {
    expect(figureAt(text, '9,1%', opts).period).toBe('2025-M03');
  });

  it('leaves the next sentence to the quarter', () => {
    expect(figureAt(text, '7,4%', opts).period).toBe('2025-Q1');
    expect(figureAt(text, '12,3%', opts).period).toBe('2025-Q1');
  });
});

describe('"Riêng tháng N," opening a paragraph', () => {
  it('dates the sentences after it in its paragraph', () => {
    const text = `${head}Chỉ số sản xuất công nghiệp quý I giảm 5,2%.\n\nRiêng tháng 3, sản xuất phục hồi rõ nét. Sản lượng xi măng tăng 7,4% so với tháng trước.`;
    expect(figureAt(text, '7,4%', opts).period).toBe('2025-M03');
  });
});
