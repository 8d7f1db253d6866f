// "có 250 doanh nghiệp quay trở lại hoạt động, giảm 39,17% so với cùng kỳ (tương ứng giảm 161 doanh nghiệp)": a bracket
// that restates a change in its own unit measures what that change measured, against the same base; it is not the
// new enterprises the article spoke of before.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2023-06-05' };
const LEAD = 'Từ đầu năm đến nay, toàn tỉnh có 513 doanh nghiệp đăng ký thành lập mới, giảm 8,2% so với cùng kỳ năm 2022.\n\n';

describe('a change restated in a bracket', () => {
  it('keeps the silence of the change it restates', () => {
    const text = `${LEAD}Năm tháng đầu năm, có 62 doanh nghiệp giải thể, giảm 32,6% so với cùng kỳ năm trước (tương ứng giảm 30 doanh nghiệp).`;
    const restated = figureAt(text, '30 doanh nghiệp', opts);
    expect(restated.indicator).toBeUndefined();
    expect(restated.base).toBe('same_period');
  });

  it('takes the indicator of the change it restates', () => {
    const text = `${LEAD}Số doanh nghiệp thành lập mới tháng 5 tăng 12,4% so với tháng trước (tương đương tăng 14 doanh nghiệp).`;
    const restated = figureAt(text, '14 doanh nghiệp', opts);
    expect(restated.indicator).toBe('new_enterprises');
    expect(restated.base).toBe('previous_period');
  });
});
