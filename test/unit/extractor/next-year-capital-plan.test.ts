// "Dự kiến kế hoạch vốn đầu tư công năm 2026 của tỉnh khoảng 15.900 tỷ đồng": next year's capital plan, as far as it is
// known, is a plan (a target), not an estimate of something done.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2025-12-03' };

describe('next year\'s capital plan', () => {
  it('is a target though "dự kiến" stands before it', () => {
    expect(figureAt('Kế hoạch vốn năm 2026 dự kiến khoảng 9.400 tỷ đồng.', '9.400 tỷ đồng', opts).modality).toBe('target');
    expect(figureAt('Dự kiến kế hoạch vốn đầu tư công năm 2026 của tỉnh khoảng 9.400 tỷ đồng.', '9.400 tỷ đồng', opts).modality).toBe('target');
  });

  it('leaves this year\'s expected disbursement an estimate', () => {
    expect(figureAt('Dự kiến cả năm 2025 giải ngân khoảng 9.400 tỷ đồng.', '9.400 tỷ đồng', opts).modality).toBe('estimate');
  });
});
