// "Trong quý I, toàn tỉnh giải quyết việc làm cho 9.850/37.000 lao động theo kế hoạch, đạt 26,6%; đưa 1.120 người đi
// làm việc ở nước ngoài": "theo kế hoạch" says what the ratio's whole is; the figures stay results, and the
// percentage after the comma is the share of that plan. Found by holdout19/001 (a statistics office's release).
import { describe, it } from 'vitest';
import { expectFigure } from './helpers.ts';

const opts = { published: '2025-04-04' };

describe('a ratio whose whole is "theo kế hoạch"', () => {
  it('the share after it is an attainment and the clause after it stays actual', () => {
    const text = 'Trong quý I, toàn tỉnh giải quyết việc làm cho 9.850/37.000 lao động theo kế hoạch, đạt 26,6%; đưa 1.120 người đi làm việc ở nước ngoài theo hợp đồng.';
    expectFigure(text, '26,6%', { kind: 'attainment', base: 'target', modality: 'actual' }, opts);
    expectFigure(text, '1.120', { modality: 'actual' }, opts);
  });
  it('"theo kế hoạch" heading a sentence still plans its figures; a share with no ratio before stays a level', () => {
    expectFigure('Theo kế hoạch, năm 2025 tỉnh giải quyết việc làm cho 37.000 lao động.', '37.000', { modality: 'target' }, opts);
    expectFigure('Trong quý I, tỷ lệ lao động qua đào tạo theo kế hoạch, đạt 26,6%.', '26,6%', { kind: 'level' }, opts);
  });
});
