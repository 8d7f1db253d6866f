// A bare rate in brackets right after the plan a figure was compared with ("… so với kế hoạch (7,5%)") is the plan's
// value, a target; a bracket after a comparison with last year, or one that holds a result, is not.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2024-12-10' };

describe('a bare rate after "so với <plan>" in brackets', () => {
  it('is the plan\'s target after "so với kế hoạch"', () => {
    const text = 'Tăng trưởng GRDP năm 2024 ước đạt 6,9%, thấp hơn 0,6 điểm phần trăm so với kế hoạch (7,5%).';
    const plan = figureAt(text, '7,5%', opts);
    expect([plan.kind, plan.modality]).toEqual(['level', 'target']);
  });

  it('is the plan\'s target after a growth scenario named with who set it', () => {
    const text = 'GRDP năm 2024 ước tăng 7,1%, cao hơn 0,4 điểm phần trăm so với kịch bản tăng trưởng của tỉnh (6,7%).';
    expect(figureAt(text, '6,7%', opts).modality).toBe('target');
  });
});

describe('brackets that hold no plan\'s rate', () => {
  it('a rate after "so với cùng kỳ" is what the year before reached', () => {
    const text = 'Tỷ lệ hộ nghèo năm 2024 ước còn 2,1%, thấp hơn so với cùng kỳ (2,9%).';
    expect(figureAt(text, '2,9%', opts).modality).not.toBe('target');
  });

  it('a result in brackets after the plan stays a result', () => {
    const text = 'Chỉ tiêu xã đạt chuẩn nông thôn mới đạt thấp so với Nghị quyết (mới có 2/3 xã đạt chuẩn).';
    expect(figureAt(text, '2/3', opts).modality).not.toBe('target');
  });
});

describe('the stretch a compared plan is for', () => {
  it('is the quarter its name gives', () => {
    const text = 'GRDP quý I/2024 ước tăng 4,6%, thấp hơn 0,9 điểm phần trăm so với kịch bản tăng trưởng quý I (5,5%).';
    expect(figureAt(text, '5,5%', { published: '2024-03-29' }).period).toBe('2024-Q1');
  });

  it('is the year when the plan names no stretch beside a running total', () => {
    const text = 'Giải ngân vốn đầu tư công quý I/2024 đạt 1.082 tỷ đồng (KH 6.845 tỷ đồng).';
    expect(figureAt(text, '6.845 tỷ đồng', { published: '2024-03-29' }).period).toBe('2024');
  });
});
