// "Thu ngân sách đảm bảo theo kế hoạch đề ra từ đầu năm, trong đó thu tiền sử dụng đất 37 tỷ đồng": a measure said to
// be kept to its plan is a verdict on results; once the plan's words close with a comma, the figures after it are
// what was done, not targets.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const OPTS = { published: '2025-07-10' };

describe('kept to the plan, then a comma', () => {
  it('"đảm bảo theo kế hoạch đề ra từ đầu năm, trong đó …" details results', () => {
    const text = 'Sáu tháng đầu năm 2025, thu ngân sách trên địa bàn đảm bảo theo kế hoạch đề ra từ đầu năm, trong đó thu tiền sử dụng đất 52 tỷ đồng.';
    expect(figureAt(text, '52 tỷ', OPTS).modality).toBe('actual');
  });

  it('"bảo đảm theo kế hoạch, …" too', () => {
    const text = 'Sáu tháng đầu năm 2025, thu ngân sách bảo đảm theo kế hoạch, trong đó thu từ thuế 118 tỷ đồng.';
    expect(figureAt(text, '118 tỷ', OPTS).modality).toBe('actual');
  });

  it('the plan\'s own value after "theo kế hoạch" stays a target', () => {
    const text = 'Năm 2026, thu ngân sách trên địa bàn phải đảm bảo theo kế hoạch 140 tỷ đồng.';
    expect(figureAt(text, '140 tỷ', OPTS).modality).toBe('target');
  });

  it('a sentence opening on "Theo kế hoạch," still sets targets', () => {
    const text = 'Theo kế hoạch, năm 2026 huyện thu ngân sách 140 tỷ đồng.';
    expect(figureAt(text, '140 tỷ', OPTS).modality).toBe('target');
  });
});
