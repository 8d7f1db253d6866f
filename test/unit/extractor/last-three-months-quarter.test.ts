// A list headed "3 tháng cuối năm:" is the fourth quarter's, as one headed "6 tháng cuối năm" is the second half's;
// other counts of closing months have no period id of their own and keep the year, and so does a sentence that asks
// the last three months to complete the year's plan.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const LEAD = 'Nông nghiệp 9 tháng năm 2025\n\nĐến hết tháng 9/2025, giá trị sản xuất ngành nông nghiệp ước đạt 18.450 tỷ đồng.\n\n';

describe('targets for the closing months of the year', () => {
  it('the last three months date their targets to the fourth quarter', () => {
    const text = `${LEAD}Ngành nông nghiệp đặt mục tiêu 3 tháng cuối năm: trồng mới 2.140 ha rừng tập trung; có thêm 6 xã đạt chuẩn nông thôn mới.`;
    const forest = figureAt(text, '2.140 ha', { published: '2025-10-25' });
    expect(forest.period).toBe('2025-Q4');
    expect(forest.modality).toBe('target');
  });

  it('the last two months keep the year', () => {
    const text = `${LEAD}Ngành nông nghiệp đặt mục tiêu 2 tháng cuối năm: trồng mới 2.140 ha rừng tập trung.`;
    expect(figureAt(text, '2.140 ha', { published: '2025-10-25' }).period).toBe('2025');
  });

  it("a sentence asking the last three months for the year's plan keeps the year", () => {
    const text = `${LEAD}Hội nghị thống nhất trong 3 tháng cuối năm tập trung hoàn thành 100% kế hoạch giải ngân vốn đầu tư công.`;
    expect(figureAt(text, '100%', { published: '2025-10-25' }).period).toBe('2025');
  });
});
