// A budget estimate broken into parts ("dự toán … là 9.400 tỷ đồng, trong đó thu nội địa 8.100 tỷ đồng, thu từ hoạt động
// xuất nhập khẩu 1.300 tỷ đồng"): every part listed after the first, named the same way with no verb, is planned too.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2024-12-12' };

describe('the parts of a plan listed one after another', () => {
  it('keeps the second part a target', () => {
    const text = 'Năm 2025, dự toán thu ngân sách trên địa bàn là 9.400 tỷ đồng, trong đó thu nội địa 8.100 tỷ đồng, thu từ hoạt động xuất nhập khẩu 1.300 tỷ đồng.';
    expect(figureAt(text, '1.300 tỷ đồng', opts).modality).toBe('target');
  });

  it('leaves a part with its own verb of result as it reads', () => {
    const text = 'Năm 2024, dự toán thu ngân sách trên địa bàn là 9.000 tỷ đồng, trong đó thu nội địa 7.800 tỷ đồng, thu từ hoạt động xuất nhập khẩu đạt 1.420 tỷ đồng.';
    expect(figureAt(text, '1.420 tỷ đồng', opts).modality).toBe('actual');
  });
});
