// Statistics offices name two bases together, then two changes after "lần lượt": "CPI tháng 9/2023 so với tháng trước
// và cùng kỳ năm trước tăng lần lượt 0,52% và 3,21%". Each change is measured against its own base, in order.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2023-10-05' };

describe('two bases named together before "lần lượt"', () => {
  it('pair with the changes in order', () => {
    const text = 'Chỉ số giá tiêu dùng tháng 9/2023 so với tháng trước và cùng kỳ năm trước tăng lần lượt 0,48% và 2,96%.';
    expect(figureAt(text, '0,48%', opts).base).toBe('previous_period');
    expect(figureAt(text, '2,96%', opts).base).toBe('same_period');
  });

  it('with "lần lượt" before the verb too', () => {
    const text = 'Chỉ số sản xuất công nghiệp tháng 9/2023 so với tháng trước và cùng kỳ lần lượt tăng 3,1% và 9,8%.';
    expect(figureAt(text, '3,1%', opts).base).toBe('previous_period');
    expect(figureAt(text, '9,8%', opts).base).toBe('same_period');
  });

  it('one base before "lần lượt" is every change\'s', () => {
    const text = 'So với cùng kỳ, doanh thu và lượng khách tháng 9/2023 lần lượt tăng 12% và 8%.';
    expect(figureAt(text, '12%', opts).base).toBe('same_period');
    expect(figureAt(text, '8%', opts).base).toBe('same_period');
  });
});
