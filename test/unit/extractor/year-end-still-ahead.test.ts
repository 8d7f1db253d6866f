// "Đến cuối năm 2025 thu nhập bình quân đầu người đạt 68,5 triệu đồng" on a page of August 2025: a year-end still
// ahead of the page holds an aim, not a result; on a page of late December the same sentence reports.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const text = 'Kỳ họp thứ hai HĐND xã Lập Thạch\n\nNgày 20/8, HĐND xã Lập Thạch tổ chức kỳ họp thứ hai.\n\nĐến cuối năm 2025, thu nhập bình quân đầu người của xã đạt 64 triệu đồng; toàn xã có 12 thôn đạt chuẩn nông thôn mới kiểu mẫu.';

describe('a year-end that opens the sentence', () => {
  it('is an aim on a page before the fourth quarter', () => {
    const f = figureAt(text, '64 triệu đồng', { published: '2025-08-21' });
    expect(f.modality).toBe('target');
    expect(f.period).toBe('2025');
  });

  it('reports on a page of late December', () => {
    expect(figureAt(text, '64 triệu đồng', { published: '2025-12-29' }).modality).toBe('actual');
  });
});
