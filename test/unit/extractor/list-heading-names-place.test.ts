// "Giá một số mặt hàng tại chợ Cao Lãnh (phường Cao Lãnh) ngày 13/9 (đồng/kg; …):" over "- Gạo thường: 15.000 -
// 16.000": the place the list's heading line names owns its items, a ward or a commune too (which otherwise own only
// their clause). A heading that names no place leaves the items to the article's place.
// Found by holdout21/001 (weekly farm prices).
import { describe, it } from 'vitest';
import { expectFigure } from './helpers.ts';

const opts = { published: '2025-09-14', locality: 'tỉnh Đồng Tháp' };
const lead = 'Báo Đồng Tháp điện tử\n\nGiá lúa nhích lên\n\n';

describe('a place named in a list\'s heading line', () => {
  it('owns the items of the list', () => {
    const text = `${lead}Giá một số mặt hàng tại chợ Cao Lãnh (phường Cao Lãnh) ngày 13/9 (đồng/kg; tăng, giảm so với tuần trước):\n- Gạo thường: 15.000 - 16.000\n- Thịt heo đùi: 95.000\n\nDự báo tuần tới giá còn tăng.`;
    expectFigure(text, '15.000', { locality: 'phường Cao Lãnh' }, opts);
    expectFigure(text, '95.000', { locality: 'phường Cao Lãnh' }, opts);
  });
  it('a heading with no place leaves the items to the article\'s place', () => {
    const text = `${lead}Giá một số mặt hàng ngày 13/9 (đồng/kg; tăng, giảm so với tuần trước):\n- Gạo thường: 15.000 - 16.000\n\nDự báo tuần tới giá còn tăng.`;
    expectFigure(text, '15.000', { locality: 'tỉnh Đồng Tháp' }, opts);
  });
});
