// "Khu di tích cách trung tâm thành phố khoảng 15 km": how far a place lies from another says where it is, not how
// much of something there is. "cách làm mới … 12 km đường" is a way of working, and the road built is a figure.
import { describe, expect, it } from 'vitest';
import { expectNoFigureAt, figureAt } from './helpers.ts';

describe('a distance from a place', () => {
  it('"cách trung tâm thành phố khoảng 15 km" is no figure', () => {
    expectNoFigureAt('Khu di tích cách trung tâm thành phố khoảng 15 km, thu hút nhiều du khách.', '15 km');
  });

  it('"cách bờ 300 m" is no figure', () => {
    expectNoFigureAt('Bè cá của gia đình neo cách bờ 300 m.', '300 m');
  });

  it('"cách làm" is not a distance', () => {
    expect(figureAt('Nhờ cách làm mới, xã đã nhựa hóa 12 km đường giao thông nông thôn.', '12 km').value).toBe(12);
  });
});
