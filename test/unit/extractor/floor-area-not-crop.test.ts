// "diện tích nhà ở bình quân đạt 28,4 m2 sàn/người", "tổng diện tích sàn khoảng 372.000 m2": floor space is measured in
// square metres, crops in hectares; an area in m2 is no crop area. Sown land in hectares still is.
import { describe, it } from 'vitest';
import { expectFigure } from './helpers.ts';

const opts = { published: '2026-01-08', locality: 'tỉnh Thanh Hóa' };

describe('an area in square metres', () => {
  it('is no crop area', () => {
    expectFigure('Năm 2025, diện tích nhà ở bình quân đạt 28,4 m2 sàn/người.', '28,4 m2 sàn/người', { indicator: undefined, unit: 'm2/người' }, opts);
    expectFigure('Năm 2025, tỉnh hoàn thành 2.412 căn nhà ở xã hội với tổng diện tích sàn 148.000 m2.', '148.000 m2', { indicator: undefined }, opts);
  });

  it('sown land in hectares still is', () => {
    expectFigure('Năm 2025, tổng diện tích gieo trồng cây hằng năm đạt 245.600 ha.', '245.600 ha', { indicator: 'crop_area' }, opts);
  });
});
