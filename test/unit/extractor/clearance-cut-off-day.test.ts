// "Đến ngày 25-6, các địa phương đã bàn giao 318,6/321,2 ha mặt bằng …": a day with no year before land handed over to a
// project is this year's cut-off, as one before money disbursed is; the flows of the page are the months to it and the
// clearance stands at its month. A harvest's day is still no cut-off.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const OPTS = { published: '2024-09-20', locality: 'tỉnh Bình Định' };
const HEAD = 'Đường ven biển: bàn giao 96% mặt bằng\n\n';

describe('a day\'s cut-off before a land clearance', () => {
  it('is this year\'s cut-off', () => {
    const text = `${HEAD}Đến ngày 15/9, các địa phương đã bàn giao 412/430 ha mặt bằng cho nhà thầu, đạt 96%. Trong năm, dự án giải ngân 640 tỷ đồng.`;
    expect(figureAt(text, '412/430 ha', OPTS).period).toBe('2024-M09');
    expect(figureAt(text, '640 tỷ đồng', OPTS).period).toBe('2024-9M');
  });

  it('leaves a harvest\'s day a day of its season', () => {
    const text = 'Đến ngày 15/9, nông dân đã thu hoạch 12.400 ha lúa Hè Thu.';
    expect(figureAt(text, '12.400 ha', OPTS).period).not.toBe('2024-9M');
  });
});
