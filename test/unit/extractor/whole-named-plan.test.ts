// "mới giải ngân 38,6 tỷ đồng trên tổng số 215 tỷ đồng kế hoạch": the whole an amount is measured against, named a plan
// right after it, is what was planned.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2024-06-05' };

describe('a whole named a plan', () => {
  it('is the plan\'s amount, a target', () => {
    const text = 'Dự án mới giải ngân 52 tỷ đồng trên tổng số 180 tỷ đồng kế hoạch năm 2024.';
    expect(figureAt(text, '180 tỷ đồng', opts).modality).toBe('target');
    expect(figureAt(text, '52 tỷ đồng', opts).modality).toBe('actual');
  });

  it('leaves an amount disbursed of a year\'s plan capital', () => {
    const text = 'Tỉnh đã giải ngân 180 tỷ đồng kế hoạch vốn năm 2024.';
    expect(figureAt(text, '180 tỷ đồng', opts).modality).toBe('actual');
  });
});
