// "Dự án … có kế hoạch vốn năm 2024 là 1.000 tỷ đồng, đến nay đã giải ngân 402,7 tỷ đồng, đạt 40,3%": in a report that
// counts a stretch of 2024, what stands "đến nay" after the plan's year is that stretch, not the whole year.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const lead = 'Đến hết ngày 31/5/2024, toàn tỉnh đã giải ngân 1.302 tỷ đồng vốn đầu tư công, đạt 31,8% kế hoạch.\n\n';
const opts = { published: '2024-06-05' };

describe('what stands now after a plan\'s year', () => {
  it('takes the stretch the report has reached', () => {
    const text = `${lead}Dự án đường tỉnh 110 có kế hoạch vốn năm 2024 là 300 tỷ đồng, đến nay đã giải ngân 96 tỷ đồng.`;
    expect(figureAt(text, '300 tỷ đồng', opts).period).toBe('2024');
    expect(figureAt(text, '96 tỷ đồng', opts).period).toBe('2024-5M');
  });

  it('leaves a figure the plan\'s year still speaks of', () => {
    const text = `${lead}Dự án đường tỉnh 110 có kế hoạch vốn năm 2024 là 300 tỷ đồng, tăng 20% so với năm 2023.`;
    expect(figureAt(text, '20%', opts).period).toBe('2024');
  });
});
