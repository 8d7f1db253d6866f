// "giá khoai lang … 120.000 đồng/tạ", "heo hơi … 5,8 - 6 triệu đồng/tạ": farm produce in the delta is priced by the
// quintal as often as by the kilogram; the price keeps its denominator. A yield in quintals per hectare and a weight in
// quintals stay as they were.
import { describe, it } from 'vitest';
import { expectFigure } from './helpers.ts';

const opts = { published: '2022-10-10', locality: 'thị xã Bình Minh' };

describe('money per tạ', () => {
  it('keeps its denominator', () => {
    expectFigure('Giá khoai lang tím Nhật tại ruộng có thời điểm chỉ còn 150.000 đồng/tạ.', '150.000 đồng/tạ', { kind: 'level', unit: 'VND/tạ', value: 150000 }, opts);
    expectFigure('Thương lái thu mua heo hơi với giá 5,8 - 6 triệu đồng/tạ, tăng 400.000 đồng/tạ so với tháng trước.', '5,8 - 6 triệu đồng/tạ', { unit: 'VND/tạ', value: 5800000, high: 6000000 }, opts);
  });

  it('leaves quintals per hectare and a bare weight alone', () => {
    expectFigure('Vụ Hè Thu năm 2022, năng suất lúa bình quân đạt 58,6 tạ/ha.', '58,6 tạ/ha', { unit: 'tạ/ha' }, opts);
    expectFigure('Trong 9 tháng, sản lượng nấm rơm đạt 3.200 tạ.', '3.200 tạ', { unit: 'tạ' }, opts);
  });
});
