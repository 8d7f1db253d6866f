// "đến ngày 30/9 đạt trên 65% và cả năm đạt 100% kế hoạch": the share at the earlier date is of the plan named after the
// share at the later one. A share of another measure joined by "và" is not.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const LEAD = 'Ngày 9/7, Tỉnh ủy họp đánh giá tình hình 6 tháng đầu năm 2026, triển khai nhiệm vụ 6 tháng cuối năm.\n\n';

describe('a share joined to the share of the plan at a later date', () => {
  it('is of that plan', () => {
    const text = `${LEAD}Tỉnh yêu cầu giải ngân vốn đầu tư công đến ngày 30/9 đạt trên 60% và cả năm đạt 100% kế hoạch.`;
    const f = figureAt(text, '60%');
    expect(f.kind).toBe('attainment');
    expect(f.base).toBe('target');
  });

  it('a share of another measure is not', () => {
    const text = `${LEAD}Tỷ lệ hộ sử dụng nước sạch đạt 72% và thu ngân sách đạt 100% dự toán.`;
    expect(figureAt(text, '72%').kind).toBe('level');
  });
});
