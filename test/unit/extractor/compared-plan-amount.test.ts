// A sum of money alone in brackets right after the plan a figure was compared with is that plan's value, as a bare rate
// there is ("so với kế hoạch (8,5%)"): "giảm 186 tỷ đồng so với kế hoạch đầu năm (4.513 tỷ đồng)" gives the plan made at
// the start of the year. A result in brackets after the plan ("so với NQ (2/3 xã)") stays a result.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2024-10-15' };

describe('a plan\'s amount in brackets after the plan compared with', () => {
  it('"so với kế hoạch đầu năm (4.513 tỷ đồng)" is a target', () => {
    const text = 'Tổng kế hoạch vốn đầu tư công năm 2024 sau điều chỉnh là 2.960 tỷ đồng, giảm 140 tỷ đồng so với kế hoạch đầu năm (3.100 tỷ đồng).';
    expect(figureAt(text, '3.100', opts).modality).toBe('target');
  });

  it('"so với dự toán (…)" of revenue', () => {
    const text = 'Năm 2024, thu ngân sách trên địa bàn đạt 1.250 tỷ đồng, thấp hơn so với dự toán (1.400 tỷ đồng).';
    expect(figureAt(text, '1.400', opts).modality).toBe('target');
    expect(figureAt(text, '1.250', opts).modality).toBe('actual');
  });

  it('a counted result in brackets stays a result', () => {
    const text = 'Năm 2024, số xã đạt chuẩn nông thôn mới nâng cao còn thấp so với kế hoạch (2 xã).';
    expect(figureAt(text, '2 xã', opts).modality).toBe('actual');
  });
});
