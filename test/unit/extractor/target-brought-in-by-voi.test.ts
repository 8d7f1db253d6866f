// "… chọn thu ngân sách là khâu cần tập trung trong năm 2024 với chỉ tiêu 330 tỷ đồng": "với" brings the target in
// ("with a target of"), so the amount right after "chỉ tiêu" is the target. "so với NQ (2/3 xã)" still only compares.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2024-03-05' };

describe('a plan noun after "với" marks the amount after it as the plan', () => {
  it('"với chỉ tiêu 330 tỷ đồng" is a target', () => {
    const text = 'Thị xã chọn thu ngân sách là khâu cần tập trung trong năm 2024 với chỉ tiêu 330 tỷ đồng.';
    expect(figureAt(text, '330 tỷ', opts).modality).toBe('target');
  });
  it('"so với NQ (2/3 xã)" leaves the ratio a result', () => {
    const text = 'Năm 2023, xây dựng xã nông thôn mới nâng cao đạt 66,67% so với NQ (2/3 xã).';
    expect(figureAt(text, '2/3', opts).modality).toBe('actual');
  });
});
