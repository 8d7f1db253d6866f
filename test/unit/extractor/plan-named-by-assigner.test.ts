// "…, trong đó kế hoạch Thủ tướng Chính phủ giao 4.096 tỷ đồng": the plan named by who handed it down, without "vốn",
// states the plan's amount, a target, as "kế hoạch vốn Thủ tướng Chính phủ giao …" does.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2024-06-05' };

describe('a plan named by who handed it down', () => {
  it('is a target', () => {
    const text = 'Tổng kế hoạch vốn đầu tư công năm 2024 là 3.210 tỷ đồng, trong đó kế hoạch Thủ tướng Chính phủ giao 2.980 tỷ đồng.';
    expect(figureAt(text, '2.980 tỷ đồng', opts).modality).toBe('target');
  });

  it('is not read into a share of that plan', () => {
    const text = 'Đến hết tháng 5, toàn tỉnh giải ngân 1.120 tỷ đồng, đạt 37,6% kế hoạch Thủ tướng Chính phủ giao.';
    expect(figureAt(text, '1.120 tỷ đồng', opts).modality).toBe('actual');
  });
});
