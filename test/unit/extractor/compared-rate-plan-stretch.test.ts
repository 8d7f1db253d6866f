// "GRDP 9 tháng ước đạt 7,4%, thấp hơn 0,9 điểm phần trăm so với kịch bản tăng trưởng đã đề ra (8,3%)": a rate compared
// with a plan's rate is the plan for the same stretch. A plan amount beside a running total is still the year's.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2025-10-06' };

describe('a plan\'s rate in brackets after "so với kịch bản"', () => {
  it('takes the stretch of the rate compared with it', () => {
    const text = 'Tốc độ tăng trưởng GRDP 9 tháng năm 2025 ước đạt 7,4%, thấp hơn 0,9 điểm phần trăm so với kịch bản tăng trưởng đã đề ra (8,3%).';
    const plan = figureAt(text, '8,3%', opts);
    expect([plan.modality, plan.period]).toEqual(['target', '2025-9M']);
  });
});

describe('a plan amount beside a running total', () => {
  it('is the year\'s plan', () => {
    const text = 'Giải ngân vốn đầu tư công 9 tháng năm 2025 đạt 5.120 tỷ đồng (KH 9.800 tỷ đồng).';
    expect(figureAt(text, '9.800 tỷ đồng', opts).period).toBe('2025');
  });
});
