// "Huyện Sa Thầy có 7/9 xã đạt chuẩn; toàn tỉnh có 52/86 xã": "toàn tỉnh" opening a later clause makes the province the
// subject again, for its clause and the sentences after it. "dẫn đầu toàn tỉnh" only ranks the district within it.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2024-12-06' };
const lead = 'Kon Tum: kết quả xây dựng nông thôn mới năm 2024\n\n';

describe('"toàn tỉnh" opening a clause after a district\'s figure', () => {
  const text = `${lead}Đến nay, huyện Sa Thầy có 7/9 xã đạt chuẩn nông thôn mới; toàn tỉnh có 52/86 xã đạt chuẩn. Tỷ lệ hộ nghèo giảm còn 7,4%.`;

  it('gives its clause\'s figure to the province', () => {
    expect(figureAt(text, '52/86', opts).locality).toBe('tỉnh Kon Tum');
  });

  it('leaves the district its own figure', () => {
    expect(figureAt(text, '7/9', opts).locality).toBe('huyện Sa Thầy');
  });

  it('carries the province to the next sentence', () => {
    expect(figureAt(text, '7,4%', opts).locality).toBe('tỉnh Kon Tum');
  });
});

describe('the province named as what a district leads', () => {
  it('leaves the figure the district\'s', () => {
    const text = `${lead}Huyện Sa Thầy dẫn đầu toàn tỉnh với 7 xã đạt chuẩn nông thôn mới.`;
    expect(figureAt(text, '7 xã', opts).locality).toBe('huyện Sa Thầy');
  });
});
