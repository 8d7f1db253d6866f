// The law lets a year's capital plan be disbursed until 31 January of the next year: "Tính đến hết ngày 31/1/2025, cả
// nước giải ngân … vốn kế hoạch năm 2024", "đến hết ngày 31/1/2026 giải ngân 100% kế hoạch". What is disbursed by
// that day is the plan's year, not January's.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

describe('the last day of January as a plan deadline', () => {
  it('dates a disbursement by the year of the plan it closes', () => {
    const text = 'Tính đến hết ngày 31/1/2025, tỉnh giải ngân 4.812 tỷ đồng vốn đầu tư công, đạt 91,3% kế hoạch.';
    expect(figureAt(text, '4.812 tỷ đồng', { published: '2025-02-10' }).period).toBe('2024');
  });

  it('leaves a January day in other news', () => {
    const text = 'Tính đến ngày 31/1/2025, toàn tỉnh có 1.240 doanh nghiệp đăng ký thành lập mới.';
    expect(figureAt(text, '1.240 doanh nghiệp', { published: '2025-02-10' }).period).toBe('2025-M01');
  });
});
