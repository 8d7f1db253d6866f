// "Một số chỉ tiêu chủ yếu 9 tháng (so với cùng kỳ):": months followed by the bracketed base their changes are measured
// against are the months a report sums, so the list under the heading is theirs, not the quarter the headline names. A
// length of time before some other bracket stays a length of time.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2022-09-29' };

describe('months before a bracketed base', () => {
  it('date the list under the heading', () => {
    const text = 'Kinh tế quý III tăng trưởng khá\n\nGRDP quý III/2022 ước tăng 9,86% so với cùng kỳ.\n\n' +
      'Một số chỉ tiêu chủ yếu 9 tháng (so với cùng kỳ):\n- Chỉ số sản xuất công nghiệp tăng 13,2%.\n' +
      '- Tổng mức bán lẻ hàng hóa 38.750 tỷ đồng, tăng 19,4%.\n';
    expect(figureAt(text, '13,2%', opts).period).toBe('2022-9M');
    expect(figureAt(text, '38.750 tỷ đồng', opts).period).toBe('2022-9M');
    expect(figureAt(text, '19,4%', opts).base).toBe('same_period');
  });

  it('a heading that names both ways is read too', () => {
    const text = 'Tình hình kinh tế tháng 5\n\nCác chỉ tiêu chủ yếu 5 tháng (tăng, giảm so với cùng kỳ):\n- Kim ngạch xuất khẩu 431 triệu USD, tăng 17,8%.\n';
    expect(figureAt(text, '431 triệu USD', { published: '2022-06-01' }).period).toBe('2022-5M');
  });

  it('leaves a length of time before another bracket alone', () => {
    const text = 'Tháng 9, công trình đạt 60% khối lượng. Sau 9 tháng (kể từ khi khởi công), nhà thầu đã giải ngân 45% vốn.';
    expect(figureAt(text, '45%', opts).period).not.toBe('2022-9M');
  });
});
