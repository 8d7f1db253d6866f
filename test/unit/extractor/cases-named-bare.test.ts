// "So với cùng kỳ, số vụ giảm 7,2%": a bare "số vụ" names the cases its paragraph counted before (road accidents here,
// crimes elsewhere); with no such count in the paragraph it names nothing.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const HEAD = 'Tình hình 6 tháng đầu năm 2026\n\n';

describe('a bare "số vụ"', () => {
  it('takes the kind of cases counted before it in its paragraph', () => {
    const text = `${HEAD}Trên địa bàn tỉnh xảy ra 142 vụ tai nạn giao thông, làm chết 98 người. So với cùng kỳ, số vụ giảm 7,2%, số người chết giảm 6 người.`;
    expect(figureAt(text, '7,2%').indicator).toBe('traffic_accidents');
  });

  it('names nothing when its paragraph counted no cases', () => {
    const text = `${HEAD}Trên địa bàn tỉnh xảy ra 142 vụ tai nạn giao thông.\n\nCông tác hòa giải được chú trọng; số vụ giảm 7,2%.`;
    expect(figureAt(text, '7,2%').indicator).toBeUndefined();
  });
});
