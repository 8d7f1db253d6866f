// "ven sông Lô" in lower case is the river; "huyện Sông Lô" (or "Sông Lô" with its capital) is the district.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const HEAD = 'Báo Phú Thọ\n\nPhú Thọ: Kinh tế năm 2024\n\n';

describe('a river named like a district', () => {
  it('"sông Lô" in lower case leaves the figure with the province', () => {
    const text = `${HEAD}Mưa lũ làm ngập lúa ở các xã ven sông Đà và sông Lô. Tỷ lệ che phủ rừng duy trì ở mức 52,6%.`;
    expect(figureAt(text, '52,6%').locality).toBe('tỉnh Phú Thọ');
  });

  it('the district named with its level still owns its figure', () => {
    const text = `${HEAD}Năm 2024, huyện Sông Lô có tỷ lệ che phủ rừng đạt 48,2%.`;
    expect(figureAt(text, '48,2%').locality).toBe('huyện Sông Lô');
  });
});
