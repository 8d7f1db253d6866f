// "Tổng số tiền lên tới trên 15,1 tỉ đồng", "sĩ số bình quân lên tới 48 học sinh/lớp": "lên tới", "lên đến" say how
// much something comes to, not that it rose; "tăng lên tới 40%" still rose to a level.
import { describe, it } from 'vitest';
import { expectFigure } from './helpers.ts';

describe('"lên tới" a total', () => {
  it('is a level with no direction', () => {
    expectFigure('Tổng số tiền hỗ trợ lên tới trên 15,1 tỉ đồng.', '15,1 tỉ đồng', { kind: 'level', direction: undefined, bound: 'over' });
  });
  it('"tăng lên tới" still moves up', () => {
    expectFigure('Tỷ lệ che phủ rừng tăng lên tới 40%.', '40%', { kind: 'level', direction: 'up' });
  });
});
