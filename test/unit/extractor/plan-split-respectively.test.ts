// "được giao chỉ tiêu 96.000 căn, lần lượt là 44.500 căn giai đoạn 2021 - 2025 và 51.500 căn giai đoạn 2026 - 2030": a plan
// split at once into its parts by "lần lượt là" is planned in every part. An amount done, split the same way, stays done.
import { describe, it } from 'vitest';
import { expectFigure } from './helpers.ts';

const opts = { published: '2025-06-10', locality: 'tỉnh Hải Dương' };

describe('a plan split by "lần lượt là"', () => {
  it('is planned in every part', () => {
    expectFigure('Tỉnh được giao chỉ tiêu 30.000 căn nhà ở xã hội, lần lượt là 12.000 căn giai đoạn 2021 - 2025 và 18.000 căn giai đoạn 2026 - 2030.', '12.000', { modality: 'target' }, opts);
  });

  it('an amount done stays done', () => {
    expectFigure('Năm 2024, tỉnh hoàn thành 3.200 căn, lần lượt là 2.000 căn nhà ở xã hội và 1.200 căn nhà ở thương mại.', '2.000', { modality: 'actual' }, opts);
  });
});
