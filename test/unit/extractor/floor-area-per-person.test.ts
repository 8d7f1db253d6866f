// "diện tích nhà ở bình quân đạt 27,2 m2 sàn/người": floor area is written "m2 sàn"; the word names what is measured, so
// the rate after it is still square metres per person. A floor area with no rate stays in square metres.
import { describe, it } from 'vitest';
import { expectFigure } from './helpers.ts';

const opts = { published: '2026-01-15', locality: 'tỉnh Ninh Bình' };

describe('floor area', () => {
  it('per person is m2/người', () => {
    expectFigure('Năm 2025, diện tích nhà ở bình quân đạt 27,2 m2 sàn/người.', '27,2 m2 sàn/người', { kind: 'level', unit: 'm2/người', value: 27.2 }, opts);
  });

  it('with no rate is m2', () => {
    expectFigure('Trong năm, toàn tỉnh hoàn thành 1.240 căn hộ với 68.500 m2 sàn.', '68.500 m2 sàn', { unit: 'm2', value: 68500 }, opts);
  });
});
