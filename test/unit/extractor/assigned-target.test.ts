// What a higher level hands down is a target: "(năm 2024 Thủ tướng giao 92,5%)", "tỉnh giao huyện thu ngân sách 1.100 tỷ
// đồng", "(tỉnh giao 750 tỷ đồng)", even in a sentence of estimates or results. "giao" closing a plan's name ("bằng
// 56,3% dự toán tỉnh giao và 51,2% …") and land handed over ("huyện giao đất cho 120 hộ") are no assignments.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2024-10-05' };

describe('a figure an authority assigned', () => {
  it('is a target inside a sentence of estimates', () => {
    const text = 'Tỷ lệ bao phủ bảo hiểm y tế ước đạt 94,1%, vượt chỉ tiêu Thủ tướng Chính phủ giao (năm 2024 Thủ tướng giao 93,2%).';
    expect(figureAt(text, '94,1%', opts).modality).toBe('estimate');
    expect(figureAt(text, '93,2%', opts).modality).toBe('target');
  });

  it('is a target when the assigner and the task come first', () => {
    const text = 'Năm 2024, tỉnh giao thị xã thu ngân sách 640 tỷ đồng; đến nay thị xã thu được 512 tỷ đồng.';
    expect(figureAt(text, '640 tỷ', opts).modality).toBe('target');
    expect(figureAt(text, '512 tỷ', opts).modality).toBe('actual');
  });

  it('a plan named by who assigned it and land handed over are not', () => {
    const text = 'Thu ngân sách đạt 98,7 tỷ đồng, bằng 56,3% dự toán tỉnh giao và 51,2% dự toán huyện. Năm 2024, huyện giao đất cho 120 hộ tái định cư.';
    expect(figureAt(text, '51,2%', opts).modality).toBe('actual');
    expect(figureAt(text, '120 hộ', opts).modality).toBe('actual');
  });
});
