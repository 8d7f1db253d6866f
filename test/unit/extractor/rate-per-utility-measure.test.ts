// "giá bán điện bình quân 2.103 đồng/kWh", "giá nước 8.500 đồng/m3", "hỗ trợ xi măng 550 tấn/km": utilities and works are
// priced or supplied per their own measure; the rate keeps it, in a sentence and in a table's unit column. Money per
// hectare stays as it was.
import { describe, it } from 'vitest';
import { expectFigure } from './helpers.ts';

const opts = { published: '2023-12-28', locality: 'tỉnh Sơn La' };

describe('a rate per kWh, m3 or km', () => {
  it('keeps its denominator', () => {
    expectFigure('Năm 2023, giá bán điện bình quân đạt 1.945 đồng/kWh, tăng 3%.', '1.945 đồng/kWh', { kind: 'level', unit: 'VND/kWh', value: 1945 }, opts);
    expectFigure('Giá nước sinh hoạt đô thị hiện là 9.200 đồng/m3.', '9.200 đồng/m3', { unit: 'VND/m3' }, opts);
  });

  it('in a table\'s unit column', () => {
    const table = 'Chỉ tiêu | Đơn vị | Kế hoạch 2023 | Ước thực hiện 2023\nGiá bán điện bình quân | đồng/kWh | 1.900 | 1.945';
    expectFigure(table, '1.945', { unit: 'VND/kWh', value: 1945, modality: 'estimate' }, opts);
  });

  it('leaves other denominators as they were', () => {
    expectFigure('Năm 2023, toàn tỉnh có 14.200 ha rừng trồng, chi trả dịch vụ môi trường rừng 520.000 đồng/ha.', '520.000 đồng/ha', { unit: 'VND/ha' }, opts);
  });
});
