// "Vốn ngân sách trung ương hỗ trợ có mục tiêu" names a kind of transfer (earmarked support), not a target: the amount
// disbursed from it is a result. Found by holdout33.
import { describe, it } from 'vitest';
import { expectFigure } from './helpers.ts';

const opts = { published: '2025-10-08', locality: 'tỉnh Phú Thọ' };

describe('"hỗ trợ có mục tiêu" is no target cue', () => {
  it('an amount disbursed from earmarked central support is actual', () => {
    const text = 'Kết quả giải ngân theo nguồn vốn đến ngày 30/9/2025:\n- Vốn ngân sách trung ương hỗ trợ có mục tiêu: 2.306 tỷ đồng, đạt 44,2%;';
    expectFigure(text, '2.306 tỷ đồng', { modality: 'actual' }, opts);
    expectFigure(text, '44,2%', { modality: 'actual', kind: 'attainment' }, opts);
  });

  it('a place that "có mục tiêu" for next year still sets a target', () => {
    expectFigure('Năm 2026, huyện có mục tiêu giải quyết việc làm cho 2.000 lao động.', '2.000', { modality: 'target' }, opts);
  });
});
