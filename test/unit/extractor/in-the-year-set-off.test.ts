// "Đến ngày 30/11/2023, … đã giải ngân 298,4 tỷ đồng. Trong năm, toàn tỉnh có 7.012 hộ thoát nghèo": "trong năm" set off by
// its comma speaks of the whole year, not of the months the cut-off before it summed. Without it the cut-off carries on.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2023-12-28' };
const before = 'Đến ngày 30/11/2023, toàn tỉnh đã giải ngân 298,4 tỷ đồng vốn giảm nghèo. ';

describe('"trong năm" set off by a comma', () => {
  it('dates its sentence by the whole year', () => {
    expect(figureAt(`${before}Trong năm, toàn tỉnh có 7.012 hộ thoát nghèo.`, '7.012', opts).period).toBe('2023');
    expect(figureAt(`${before}Cũng trong năm, tỉnh hỗ trợ xây mới 412 căn nhà cho hộ nghèo.`, '412', opts).period).toBe('2023');
  });

  it('leaves the cut-off carrying on without it', () => {
    expect(figureAt(`${before}Toàn tỉnh có 7.012 hộ thoát nghèo.`, '7.012', opts).period).toBe('2023-11M');
  });
});
