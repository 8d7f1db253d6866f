// "sản lượng thi công đạt 46%, chậm khoảng 8% so với kế hoạch": how far works lag their plan is a change down against
// the target. "chậm" that does not stand right before the number ("46 dự án chậm tiến độ, trong đó 9 dự án …", "tiền
// chậm nộp") moves nothing.
import { describe, it } from 'vitest';
import { expectFigure } from './helpers.ts';

const opts = { published: '2024-07-02', locality: 'tỉnh Nghệ An' };

describe('works behind their plan', () => {
  it('is a change down against the target', () => {
    expectFigure('Đến nay khối lượng thi công đạt 52%, chậm 6% so với kế hoạch.', '6%', { kind: 'change', direction: 'down', base: 'target' }, opts);
  });

  it('"chậm" away from the number moves nothing', () => {
    expectFigure('Hiện còn 31 dự án chậm tiến độ, trong đó 7 dự án trọng điểm.', '7', { kind: 'level', direction: undefined }, opts);
  });
});
