// "29/31 chỉ tiêu Nghị quyết Đại hội đạt và vượt": the resolution named with its congress stands between the count and
// its verdict, as "Nghị quyết" alone does. A count with no verdict after the name has no status.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const HEAD = 'Thành ủy: tổng kết năm 2023\n\n';

describe("a verdict after the congress's resolution", () => {
  it('the count of targets takes the verdict', () => {
    const text = `${HEAD}Hội nghị dự báo đến cuối nhiệm kỳ 2020 - 2025 có 29/31 chỉ tiêu Nghị quyết Đại hội đạt và vượt.`;
    expect(figureAt(text, '29/31').status).toBe('achieved');
  });

  it('a count with no verdict gets none', () => {
    const text = `${HEAD}Nghị quyết xác định 31 chỉ tiêu Nghị quyết Đại hội cho cả nhiệm kỳ 2020 - 2025.`;
    expect(figureAt(text, '31 chỉ tiêu').status).toBeUndefined();
  });
});
