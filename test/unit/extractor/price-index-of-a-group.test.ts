// "Chỉ số giá nhóm lương thực tăng 5,12%", "chỉ số giá nhóm giao thông giảm 1,26%": a CPI group named by its price index
// is the consumer price index's, as the groups under a CPI sentence are (holdout36 left "chỉ số giá nhóm giao thông"
// with none). The gold and dollar indices ("chỉ số giá vàng", "chỉ số giá đô la Mỹ") are no CPI group.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2024-12-28' };

describe('a CPI group named by its price index', () => {
  it('"Chỉ số giá nhóm lương thực tăng 5,12%" is cpi', () => {
    const text = 'Giá thịt heo hơi hiện dao động 68.000 - 70.000 đồng/kg. Chỉ số giá nhóm lương thực tăng 5,12% so với cùng kỳ; chỉ số giá nhóm giao thông giảm 1,26%.';
    expect(figureAt(text, '5,12%', opts).indicator).toBe('cpi');
    expect(figureAt(text, '1,26%', opts).indicator).toBe('cpi');
  });

  it('the gold index is none', () => {
    const text = 'Giá thịt heo hơi hiện dao động 68.000 - 70.000 đồng/kg. Chỉ số giá vàng tăng 19,65% so với cùng kỳ.';
    expect(figureAt(text, '19,65%', opts).indicator).toBeUndefined();
  });
});
