// "thu ngân sách đạt gần 900 tỷ đồng, đạt 130%": the percentage right after the revenue collected is its share of the
// year's estimate, as the share after an amount disbursed is of the capital plan.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2024-12-17' };

describe('a percentage right after the revenue collected', () => {
  it('is an attainment of the estimate', () => {
    const text = 'Năm 2024, thu ngân sách trên địa bàn huyện đạt 612 tỷ đồng, đạt 118,4%; tỷ lệ hộ nghèo giảm còn 1,2%.';
    const share = figureAt(text, '118,4%', opts);
    expect(share.kind).toBe('attainment');
    expect(share.base).toBe('target');
  });

  it('a percentage after another amount is not', () => {
    const text = 'Năm 2024, tổng vốn đầu tư toàn xã hội đạt 5.120 tỷ đồng, đạt 41%.';
    expect(figureAt(text, '41%', opts).kind).toBe('level');
  });
});
