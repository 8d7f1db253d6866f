// "các khách sạn 4 - 5 sao đạt trên 70%": the stars grade the hotels whose occupancy is given; they are no count of units
// that cleared a bar, so the occupancy is a figure. A count of districts that cleared a bar still names a bar.
import { describe, it } from 'vitest';
import { expectFigure, expectNoFigureAt } from './helpers.ts';

const opts = { published: '2024-05-03', locality: 'tỉnh Phú Yên' };

describe('a hotel\'s stars before its occupancy', () => {
  it('leave the occupancy a figure', () => {
    expectFigure('Công suất phòng bình quân đạt 62%, riêng các khách sạn 4 - 5 sao đạt trên 85%.', '85%', { kind: 'level', bound: 'over' }, opts);
    expectFigure('Các khách sạn 5 sao ở Tuy Hòa có công suất đạt trên 90%.', '90%', { kind: 'level', bound: 'over' }, opts);
  });

  it('leave a count of units that cleared a bar a bar', () => {
    expectNoFigureAt('Toàn tỉnh có 6 huyện đạt trên 90% kế hoạch thu ngân sách.', '90%', opts);
  });
});
