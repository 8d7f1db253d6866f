// On a page that writes place names with capitals, the lower-case word after "xã" is what the commune does
// ("HĐND xã đề ra 22 chỉ tiêu"), not a commune called "Đề"; a capitalised name after "xã" still names one.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const HEAD = 'Báo Ninh Bình\n\nXã Xuân Trường tổng kết năm 2025\n\nNgày 26/12, HĐND xã Xuân Trường tổ chức kỳ họp cuối năm.\n\n';

describe('a verb after lower-case "xã"', () => {
  it('"xã đề ra" keeps the targets with the commune the page is about', () => {
    const text = `${HEAD}Năm 2026, HĐND xã đề ra 22 chỉ tiêu chủ yếu, trong đó thu ngân sách đạt 96 tỷ đồng.`;
    expect(figureAt(text, '96 tỷ đồng').locality).toBe('xã Xuân Trường');
  });

  it('a capitalised commune after "xã" still owns its figure', () => {
    const text = `${HEAD}Năm 2025, xã Đề Thám có tỷ lệ hộ nghèo giảm còn 1,2%.`;
    expect(figureAt(text, '1,2%').locality).toBe('xã Đề Thám');
  });
});
