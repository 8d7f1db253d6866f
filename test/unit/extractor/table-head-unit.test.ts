// A value column that prints its cells' unit in its heading ("Kế hoạch (tỷ đồng) | Giải ngân (tỷ đồng)") gives it to
// them; a row label's own unit still wins, and columns that name no unit anywhere leave bare cells unread.
import { describe, expect, it } from 'vitest';
import { expectNoFigureAt, figureAt } from './helpers.ts';

const opts = { published: '2026-01-06' };

describe('a unit in a value column\'s heading', () => {
  const text = 'Giải ngân vốn đầu tư công năm 2025:\nNguồn vốn | Kế hoạch (tỷ đồng) | Giải ngân (tỷ đồng) | Tỷ lệ (%)\n' +
    'Vốn ngân sách tỉnh | 7.250 | 6.118 | 84,4\n';

  it('reads the plan cell as money at that scale, a target', () => {
    const plan = figureAt(text, '7.250', opts);
    expect([plan.value, plan.unit, plan.modality]).toEqual([7_250_000_000_000, 'VND', 'target']);
  });

  it('reads the disbursed cell as money done', () => {
    const done = figureAt(text, '6.118', opts);
    expect([done.value, done.unit, done.modality]).toEqual([6_118_000_000_000, 'VND', 'actual']);
  });

  it('yields to a row label\'s own unit', () => {
    const mixed = 'Chỉ tiêu | Kế hoạch (tỷ đồng) | Thực hiện (tỷ đồng) | Tỷ lệ (%)\nDiện tích trồng rừng (ha) | 3.000 | 2.850 | 95\n';
    expect(figureAt(mixed, '3.000', opts).unit).toBe('ha');
  });
});

describe('columns that name no unit', () => {
  it('leave bare plan and done cells unread', () => {
    const text = 'Nguồn vốn | Kế hoạch | Giải ngân | Tỷ lệ (%)\nVốn ngân sách tỉnh | 7.250 | 6.118 | 84,4\n';
    expectNoFigureAt(text, '7.250');
    expectNoFigureAt(text, '6.118');
  });
});
