// "Chỉ tiêu | Kế hoạch năm | Thực hiện 6 tháng | Đạt (%)" in a half-year report: the plan column names the year without
// saying which, and holds the whole year's plan; the values beside it keep the half-year.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2024-07-10', locality: 'huyện Tân Phước' };
const table = (planHead: string) =>
  `6 tháng đầu năm 2024, kinh tế của huyện tăng trưởng khá.\n\nChỉ tiêu | ${planHead} | Thực hiện 6 tháng | Đạt (%)\n` +
  'Thu ngân sách (tỷ đồng) | 145 | 80,2 | 55,3\n\nHết.';

describe('a plan column headed "Kế hoạch năm"', () => {
  it('dates its cells by the year, the values beside it by the half-year', () => {
    const plan = figureAt(table('Kế hoạch năm'), '145', opts);
    expect([plan.modality, plan.period, plan.value]).toEqual(['target', '2024', 145e9]);
    expect(figureAt(table('Kế hoạch năm'), '80,2', opts).period).toBe('2024-H1');
  });

  it('leaves a plan column that names a part of the year to that part', () => {
    const plan = figureAt(table('Kế hoạch 6 tháng'), '145', opts);
    expect([plan.modality, plan.period]).toEqual(['target', '2024-H1']);
  });
});
