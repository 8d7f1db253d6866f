// "Tỷ lệ hộ cận nghèo còn 3,4%, cao hơn chỉ tiêu 0,4 điểm phần trăm": a measure a place wants low standing above its
// plan fell short of it; the gap is a change against the plan but no plan exceeded. A fall that beats the plan ("vượt
// 0,2% kế hoạch") and a growth rate above it stay exceeded.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2024-12-20' };

describe('a rise above the plan of a measure wanted low', () => {
  it('has no status', () => {
    const f = figureAt('Năm 2024, tỷ lệ hộ cận nghèo còn 3,4%, cao hơn chỉ tiêu 0,4 điểm phần trăm.', '0,4 điểm', opts);
    expect([f.kind, f.direction, f.base, f.status]).toEqual(['change', 'up', 'target', undefined]);
  });

  it('leaves a fall that beats the plan and a growth above it exceeded', () => {
    expect(figureAt('Năm 2024, tỷ lệ hộ nghèo giảm 1,2%, vượt 0,2% kế hoạch.', '0,2%', opts).status).toBe('exceeded');
    expect(figureAt('Năm 2024, GRDP tăng 8,1%, cao hơn chỉ tiêu 0,6 điểm phần trăm.', '0,6 điểm', opts).status).toBe('exceeded');
  });
});
