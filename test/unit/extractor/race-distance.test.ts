// "62 đội ghe tranh tài ở cự ly 1.200 m": the distance of a race is a rule of one event, not a figure; a length of
// works built ("nạo vét 1.200 m kênh") still is.
import { describe, expect, it } from 'vitest';
import { expectNoFigureAt, figureAt } from './helpers.ts';

describe('a race distance after "cự ly"', () => {
  it('is no figure', () => {
    expectNoFigureAt('Giải đua ghe Ngo có các đội của 5 tỉnh tham gia tranh tài ở cự ly 1.200 m trên sông Long Bình.', '1.200 m');
  });

  it('a length of works is still one', () => {
    expect(figureAt('Trong năm, huyện đã nạo vét 1.200 m kênh nội đồng phục vụ sản xuất.', '1.200 m').unit).toBe('m');
  });
});
