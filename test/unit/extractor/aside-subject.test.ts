// A place that opens a bracket or a "trong khi" clause is the subject of the figure right after it, even when the
// sentence named the province first: "(cả nước tăng 16,8% so với cùng kỳ)" is the country's rise. Found by holdout33.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2024-10-03', locality: 'tỉnh Nghệ An' };

describe('the place that opens a figure\'s aside', () => {
  it('"(cả nước tăng 16,8%)" after a sentence on the province is the country\'s', () => {
    const text = 'Nghệ An thu từ doanh nghiệp đạt 1.038 tỷ đồng.\n\nTốc độ tăng thu của tỉnh cao hơn bình quân cả nước (cả nước tăng 16,8% so với cùng kỳ).';
    expect(figureAt(text, '16,8%', opts).locality).toBe('cả nước');
  });

  it('", trong khi cả nước giảm 2%" is the country\'s, the clause before the province\'s', () => {
    const text = 'Chỉ số IIP trên địa bàn tỉnh Nghệ An ước tăng 14,6%, trong khi cả nước giảm 2% so với cùng kỳ.';
    expect(figureAt(text, '2%', opts).locality).toBe('cả nước');
    expect(figureAt(text, '14,6%', opts).locality).toBe('tỉnh Nghệ An');
  });

  it('a figure after the aside has closed is not the aside\'s', () => {
    const text = 'Tỉnh Long An có 12 xã (cả nước xếp tỉnh vào nhóm khá, theo đánh giá mới) đạt chuẩn nâng cao, tăng 3 xã.';
    expect(figureAt(text, '3 xã', { published: '2024-10-03', locality: 'tỉnh Long An' }).locality).toBe('tỉnh Long An');
  });
});
