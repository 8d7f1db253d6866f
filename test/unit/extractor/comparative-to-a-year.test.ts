// "cao hơn năm 2024 là 1,4 tạ/ha", "thấp hơn năm trước 0,8 điểm phần trăm": a comparative against a year, with or
// without "là" handing over the amount, is a change measured against that year. "là" after a superlative ("cao nhất
// là 70 điểm") still hands over a level.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const HEAD = 'Nông nghiệp năm 2025\n\n';

describe('a comparative against a year', () => {
  it('"cao hơn năm 2024 là X" is a rise since that year', () => {
    const yieldGap = figureAt(`${HEAD}Năng suất lúa bình quân 58,6 tạ/ha, cao hơn năm 2024 là 1,4 tạ/ha.`, '1,4 tạ/ha');
    expect([yieldGap.kind, yieldGap.direction, yieldGap.base]).toEqual(['change', 'up', '2024']);
  });

  it('"thấp hơn năm trước X" is a fall since the year before', () => {
    const gap = figureAt(`${HEAD}Tỷ lệ hộ nghèo còn 3,1%, thấp hơn năm trước 0,8 điểm phần trăm.`, '0,8 điểm phần trăm');
    expect([gap.kind, gap.direction, gap.base]).toEqual(['change', 'down', '2024']);
  });

  it('a superlative before "là" leaves a level', () => {
    const top = figureAt(`${HEAD}Điểm bình quân của các xã đạt 66 điểm, cao nhất là 70 điểm.`, '70 điểm');
    expect(top.kind).toBe('level');
    expect(top.base).toBeUndefined();
  });
});
