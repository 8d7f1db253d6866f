// A business's revenue named in the figure's own clause ("doanh thu dịch vụ lưu trú, ăn uống đạt 300 tỷ đồng") is never
// the state budget revenue a paragraph before it spoke of; accommodation and tourism revenue written together ("doanh
// thu dịch vụ lưu trú, du lịch") is tourism revenue.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2023-11-04' };
const budget = 'Năm 2023, thu ngân sách trên địa bàn huyện đạt 355 tỷ đồng, bằng 70,5% dự toán.\n\n';

describe('revenue after a budget paragraph', () => {
  it('a service\'s revenue is not the budget\'s', () => {
    const text = `${budget}Doanh thu dịch vụ lưu trú, ăn uống đạt 300 tỷ đồng, tăng 8%.`;
    expect(figureAt(text, '300 tỷ đồng', opts).indicator).not.toBe('budget_revenue');
  });

  it('"doanh thu dịch vụ lưu trú, du lịch" is tourism revenue', () => {
    const text = `${budget}Huyện đón 750.674 lượt khách; doanh thu dịch vụ lưu trú, du lịch đạt 577,6 tỷ đồng.`;
    expect(figureAt(text, '577,6 tỷ đồng', opts).indicator).toBe('tourism_revenue');
  });

  it('a budget figure with no revenue word still carries the paragraph\'s budget', () => {
    const text = 'Năm 2023, thu ngân sách trên địa bàn huyện đạt 355 tỷ đồng; riêng thu nội địa đạt 212 tỷ đồng.';
    expect(figureAt(text, '212 tỷ đồng', opts).indicator).toBe('budget_revenue');
  });
});
