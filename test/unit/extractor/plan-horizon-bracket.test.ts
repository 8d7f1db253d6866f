// "… đạt 71%, thấp hơn mục tiêu đến năm 2025 (80%)": a bracket right after a plan's horizon holds the plan's own value,
// a target level; a bracket right after a period gone by ("cao hơn năm 2023 (6,71%)") holds what that year had.
// Written after holdout29.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2025-06-12' };

describe('a value in brackets after a period', () => {
  it('after a plan\'s horizon is the plan\'s target level', () => {
    const f = figureAt('Năm 2024, tỷ lệ hộ dân nông thôn dùng nước sạch đạt 71%, thấp hơn mục tiêu đến năm 2025 (80%).', '80%', opts);
    expect([f.kind, f.period, f.modality]).toEqual(['level', '2025', 'target']);
  });

  it('after a year gone by is that year\'s actual level', () => {
    const f = figureAt('Năm 2024, tăng trưởng GRDP đạt 7,2%, cao hơn năm 2023 (6,71%).', '6,71%', opts);
    expect([f.kind, f.period, f.modality]).toEqual(['level', '2023', 'actual']);
  });
});
