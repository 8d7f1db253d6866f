// "thấp hơn kịch bản tăng trưởng 7,8%", "mục tiêu tăng trưởng 8,5%": a plan noun before "tăng trưởng" names the plan's
// growth rate, a target level that no comparative before it moves. Growth measured against a base stays a rise.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const HEAD = 'Kinh tế 6 tháng đầu năm 2026\n\n';

describe("a plan's growth rate", () => {
  it('is a target level after "kịch bản tăng trưởng"', () => {
    const plan = figureAt(`${HEAD}GRDP ước tính tăng 7,12%, thấp hơn kịch bản tăng trưởng 7,8% mà tỉnh đặt ra.`, '7,8%');
    expect([plan.kind, plan.modality, plan.direction]).toEqual(['level', 'target', undefined]);
  });

  it('growth against a base with no plan noun is a rise', () => {
    const rise = figureAt(`${HEAD}Kim ngạch xuất khẩu đạt 1,2 tỷ USD, tăng trưởng 7,8% so với cùng kỳ.`, '7,8%');
    expect([rise.kind, rise.direction]).toEqual(['change', 'up']);
  });
});
