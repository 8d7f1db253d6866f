// "Trong 9 tháng có 315 doanh nghiệp thành lập mới với tổng vốn đăng ký 2.140 tỷ đồng, tăng lần lượt 6,4% và 18,1% so
// với cùng kỳ": changes listed after "lần lượt", right after the figures they move, pair with them in order: the first
// moves the count of new firms, the second their capital (which has no indicator of its own).
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2025-10-06' };

describe('changes listed after the figures they move', () => {
  it('the k-th change measures what the k-th figure measures', () => {
    const text = 'Trong 9 tháng có 315 doanh nghiệp thành lập mới với tổng vốn đăng ký 2.140 tỷ đồng, tăng lần lượt 6,4% và 18,1% so với cùng kỳ.';
    expect(figureAt(text, '6,4%', opts).indicator).toBe('new_enterprises');
    expect(figureAt(text, '18,1%', opts).indicator).toBeUndefined();
  });

  it('a "lần lượt" list that names its own measures before the mark is not paired with earlier figures', () => {
    const text = 'Thu ngân sách đạt 1.240 tỷ đồng. Kim ngạch xuất khẩu và nhập khẩu lần lượt tăng 12,5% và 8,1%.';
    expect(figureAt(text, '12,5%', opts).indicator).toBe('export_value');
    expect(figureAt(text, '8,1%', opts).indicator).toBe('import_value');
  });
});
