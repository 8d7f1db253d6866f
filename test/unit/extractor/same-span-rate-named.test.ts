// "bằng 14,6% kế hoạch, thấp hơn mức 17,9% của cùng kỳ năm 2025": after an attainment, the same stretch's earlier rate
// named as such is that stretch's share of its plan.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extractor/index.ts';

const OPTS = { published: '2026-04-09' };
const find = (text: string, figure: string) => extract(text, OPTS).figures.find((f) => f.text === figure);

describe('an earlier rate of the same stretch, named', () => {
  it('"thấp hơn mức X% của cùng kỳ năm …" after an attainment is last year’s attainment', () => {
    const text = 'Giải ngân vốn đầu tư công đến hết tháng 3/2026 đạt 1.742 tỷ đồng, bằng 14,6% kế hoạch, thấp hơn mức 17,9% của cùng kỳ năm 2025.';
    expect(find(text, '17,9%')).toMatchObject({ kind: 'attainment', base: 'target', period: '2025-Q1' });
  });

  it('"cao hơn tỷ lệ X% cùng kỳ năm trước" too', () => {
    const text = 'Quý I/2026, thu ngân sách đạt 3.186 tỷ đồng, bằng 31,2% dự toán, cao hơn tỷ lệ 27,4% cùng kỳ năm trước.';
    expect(find(text, '27,4%')).toMatchObject({ kind: 'attainment', base: 'target' });
  });

  it('after a change, the same words name no attainment', () => {
    const text = 'Quý I/2026, GRDP tăng 7,68%, cao hơn mức 6,58% của cùng kỳ năm 2025.';
    expect(find(text, '6,58%')?.kind).not.toBe('attainment');
  });
});
