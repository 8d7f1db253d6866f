// "Tại huyện Vũ Quang, nước lên nhanh khiến 640 hộ phải sơ tán": what a cause brings about ("khiến" = made, caused)
// is a count of those affected; the "lên" (the water rising) before the cause moves no figure. A verb after "khiến"
// still governs its own number. Found by holdout21/003 (flood damage).
import { describe, it } from 'vitest';
import { expectFigure } from './helpers.ts';

const opts = { published: '2023-10-02' };

describe('a count after "khiến"', () => {
  it('is a level with no direction from the verb before the cause', () => {
    expectFigure('Tại huyện Vũ Quang, nước lên nhanh khiến 640 hộ phải sơ tán đến nơi an toàn.', '640', { kind: 'level', direction: undefined }, opts);
  });
  it('a verb after "khiến" still governs its number', () => {
    expectFigure('Mưa lớn kéo dài khiến mực nước sông La tăng 1,2 m so với hôm trước.', '1,2 m', { kind: 'change', direction: 'up' }, opts);
  });
});
