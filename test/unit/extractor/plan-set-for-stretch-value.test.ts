// "GRDP ước đạt 7,86%, thấp hơn kịch bản đề ra cho quý (8,3%)": the bracket after a plan set for a stretch is that plan's
// value, a target, as after "kịch bản đề ra (8,5%)"; a bracket after last year's same period is no plan.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

describe('the value of a plan set for a stretch', () => {
  it('"kịch bản đề ra cho quý (8,3%)" is a target', () => {
    const text = 'Tỉnh Đồng Tháp\n\nQuý I/2026, tốc độ tăng trưởng kinh tế (GRDP) ước đạt 7,86%, thấp hơn kịch bản đề ra cho quý (8,3%).';
    expect(figureAt(text, '8,3%').modality).toBe('target');
    expect(figureAt(text, '7,86%').modality).toBe('estimate');
  });

  it('"kế hoạch đặt ra cho cả năm (10%)" is a target too', () => {
    const text = 'Tỉnh Đồng Tháp\n\nNăm 2025, tăng trưởng kinh tế ước đạt 9,2%, thấp hơn kế hoạch đặt ra cho cả năm (10%).';
    expect(figureAt(text, '10%').modality).toBe('target');
  });

  it('a bracket after the same period last year is no plan', () => {
    const text = 'Tỉnh Đồng Tháp\n\nQuý I/2026, GRDP ước đạt 7,86%, cao hơn cùng kỳ năm trước (6,2%).';
    expect(figureAt(text, '6,2%').modality).not.toBe('target');
  });
});
