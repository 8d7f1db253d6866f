// "Thị xã đã hoàn thành mục tiêu xây dựng nông thôn mới: 100% xã đạt chuẩn …, trong đó có 4/9 xã …": a target named as
// reached, then a colon, lists what was reached; the items are results, not aims. A target set, then a colon, still lists aims.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2024-12-20' };

describe('a reached target before a colon', () => {
  it('lists results', () => {
    const text = 'Năm 2024, huyện đã hoàn thành mục tiêu giảm nghèo: tỷ lệ hộ nghèo còn 0,85%, trong đó có 12/14 xã không còn hộ nghèo.';
    expect(figureAt(text, '0,85%', opts).modality).toBe('actual');
    expect(figureAt(text, '12/14', opts).modality).toBe('actual');
  });

  it('a target set before a colon still lists aims', () => {
    const text = 'Năm 2025, huyện đặt mục tiêu giảm nghèo: tỷ lệ hộ nghèo còn dưới 0,5%.';
    expect(figureAt(text, '0,5%', opts).modality).toBe('target');
  });
});
