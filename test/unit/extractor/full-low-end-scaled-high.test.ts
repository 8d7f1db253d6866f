// "giá quất 300.000 - 1,5 triệu đồng/chậu", "cành đào từ 500.000 - 2 triệu đồng": a low end written out in full (its
// thousands grouped) before a high end with a scale word is the amount as written; the scale is the high end's only. A
// low end written short ("1 - 5 triệu đồng/cành"), or both ends in full ("1.200 - 1.500 tỷ đồng"), still take the scale.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2025-01-20' };

describe('a range whose low end is written in full', () => {
  it('"300.000 - 1,5 triệu đồng/chậu" runs from 300.000 đồng', () => {
    const f = figureAt('Giá quất dao động 300.000 - 1,5 triệu đồng/chậu tùy kích cỡ.', '300.000', opts);
    expect([f.value, f.high, f.unit]).toEqual([300000, 1500000, 'VND/chậu']);
  });

  it('"từ 500.000 - 2 triệu đồng" too', () => {
    const f = figureAt('Cành đào rừng được bán với giá từ 500.000 - 2 triệu đồng.', '500.000', opts);
    expect([f.value, f.high]).toEqual([500000, 2000000]);
  });

  it('both ends written in full share the scale', () => {
    const f = figureAt('Tổng giá trị hàng dự trữ khoảng 1.200 - 1.500 tỷ đồng.', '1.200', opts);
    expect([f.value, f.high]).toEqual([1200000000000, 1500000000000]);
  });

  it('a short low end takes the scale', () => {
    const f = figureAt('Giá hoa đào dao động 1 - 5 triệu đồng/cành.', '1 - 5', opts);
    expect([f.value, f.high]).toEqual([1000000, 5000000]);
  });
});
